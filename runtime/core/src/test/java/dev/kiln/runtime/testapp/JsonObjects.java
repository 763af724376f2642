package dev.kiln.runtime.testapp;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.log.KilnLogFormatter;
import dev.kiln.runtime.log.LogFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.LogRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/** Reads a flat JSON object (strings, numbers, booleans, nulls) with jackson-core, for checking log lines. */
public final class JsonObjects {
    private JsonObjects() {}

    /** Its properties in document order: String, Long, Double, Boolean or null values. */
    public static Map<String, Object> parse(String json) {
        Map<String, Object> values = new LinkedHashMap<>();
        try (JsonParser p = Json.factory().createParser(ObjectReadContext.empty(), json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new AssertionError("Not a JSON object: " + json);
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                Object value = switch (token) {
                    case VALUE_STRING -> p.getString();
                    case VALUE_NUMBER_INT -> p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
                    case VALUE_NULL -> null;
                    default -> throw new AssertionError("Not a flat object: " + json);
                };
                if (values.containsKey(name)) {
                    throw new AssertionError("Duplicate property " + name + ": " + json);
                }
                values.put(name, value);
            }
            if (p.nextToken() != null) {
                throw new AssertionError("Trailing content: " + json);
            }
        }
        return values;
    }

    /**
     * The fields of an access-log record (or any record with {@code LogAttributes}): its JSON line, as
     * {@code kiln.log.format=json} writes it, without the fields every line has.
     */
    public static Map<String, Object> attributes(LogRecord record) {
        String line = new KilnLogFormatter(LogFormat.JSON, "test").format(record).strip();
        if (line.contains("\n")) {
            throw new AssertionError("Not one line: " + line);
        }
        Map<String, Object> fields = parse(line);
        if (!Objects.equals(record.getMessage(), fields.get("message"))) {
            throw new AssertionError("The message changed: " + line);
        }
        List.of("timestamp", "level", "logger", "message", "service.name", "request_id").forEach(fields::remove);
        return fields;
    }
}
