package newsarchive.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds the one Jackson configuration the archive writes JSON with: records as objects in
 * declaration order, dates as {@code yyyy-MM-dd}, instants as ISO-8601 UTC ({@code
 * 2017-05-29T10:15:00Z}), nulls kept (the contract shows them).
 */
public final class JsonMapper {
  private JsonMapper() {}

  /** A new mapper; mappers are thread-safe once configured, so one is shared per process. */
  public static ObjectMapper create() {
    SimpleModule dates = new SimpleModule("iso-dates");
    dates.addSerializer(
        LocalDate.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(value.toString());
          }
        });
    dates.addDeserializer(
        LocalDate.class,
        new JsonDeserializer<>() {
          @Override
          public LocalDate deserialize(JsonParser parser, DeserializationContext c)
              throws IOException {
            return LocalDate.parse(parser.getValueAsString());
          }
        });
    dates.addSerializer(
        Instant.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Instant value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeString(value.toString());
          }
        });
    dates.addDeserializer(
        Instant.class,
        new JsonDeserializer<>() {
          @Override
          public Instant deserialize(JsonParser parser, DeserializationContext c)
              throws IOException {
            return Instant.parse(parser.getValueAsString());
          }
        });
    return new ObjectMapper()
        .registerModule(dates)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
