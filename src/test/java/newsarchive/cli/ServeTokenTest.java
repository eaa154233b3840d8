package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The write token serve prints: random unless ARCHIVE_TOKEN fixes one long enough. */
class ServeTokenTest {
  @Test
  void withoutTheVariableEachStartHasANewRandomToken() {
    String one = Serve.token(null);
    assertTrue(one.matches("[A-Za-z0-9_-]{32}"), one);
    assertNotEquals(one, Serve.token(""));
  }

  @Test
  void theVariableFixesTheTokenWhenLongEnough() {
    assertEquals("a-token-kept-by-a-script", Serve.token("  a-token-kept-by-a-script\n"));
    UsageException e = assertThrows(UsageException.class, () -> Serve.token("short"));
    assertEquals("ARCHIVE_TOKEN must be at least 16 characters long", e.getMessage());
  }
}
