package newsarchive.tools.generate.outlets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TemplateTest {
  @Test
  void fillsEveryPlaceholderWithItsMarkup() {
    String html =
        new Template("<h1>{{title}}</h1><p>{{title}} {{body}}</p>")
            .with("title", "A &amp; B")
            .with("body", "$1 \\n")
            .render();
    assertEquals("<h1>A &amp; B</h1><p>A &amp; B $1 \\n</p>", html);
  }

  @Test
  void placeholderWithoutValueFails() {
    assertThrows(IllegalStateException.class, () -> new Template("<p>{{body}}</p>").render());
  }

  @Test
  void valueWithoutPlaceholderFails() {
    assertThrows(
        IllegalStateException.class,
        () -> new Template("<p>{{body}}</p>").with("body", "x").with("title", "y").render());
  }

  @Test
  void escapingCoversMarkupAndQuotesButKeepsOtherCharacters() {
    assertEquals(
        "&lt;b&gt; &quot;Raqqa&quot; &amp; الرقة", HtmlText.escape("<b> \"Raqqa\" & الرقة"));
  }
}
