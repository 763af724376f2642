package dev.kiln.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * JSON of no fixed shape as plain Java values: objects as {@code Map<String, Object>} (member order kept), arrays as
 * {@code List<Object>}, strings, numbers ({@code Integer}, {@code Long}, {@code BigInteger}, {@code Double},
 * {@code BigDecimal}), {@code Boolean} and {@code null}. For documents Kiln passes along or merges without a record of
 * their own (problem extensions, the registry resource and other instances' service maps); typed data has a codec.
 *
 * <pre>{@code
 * Map<String, Object> doc = JsonTree.asObject(Json.decode(JsonTree.CODEC, bytes));
 * byte[] again = Json.encode(JsonTree.CODEC, doc);
 * }</pre>
 */
public final class JsonTree {
    /** Reads any JSON value, writes any value of the shapes above (maps' keys must be strings). */
    public static final JsonCodec<Object> CODEC = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, Object value) {
            JsonTree.write(g, value);
        }

        @Override
        public Object read(JsonParser p) {
            return JsonTree.read(p);
        }
    };

    private JsonTree() {}

    /** Reads the value at the parser's current token, whatever its shape. */
    public static Object read(JsonParser p) {
        JsonToken token = p.currentToken();
        return switch (token) {
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                yield Collections.unmodifiableList(items);
            }
            case START_OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    p.nextToken();
                    members.put(name, read(p));
                }
                yield Collections.unmodifiableMap(members);
            }
            default -> null;
        };
    }

    /** Writes {@code value}, one of the shapes above; a non-finite double is written as {@code null}. */
    public static void write(JsonGenerator g, Object value) {
        switch (value) {
            case null -> g.writeNull();
            case String text -> g.writeString(text);
            case Boolean flag -> g.writeBoolean(flag);
            case Integer number -> g.writeNumber(number);
            case Long number -> g.writeNumber(number);
            case BigInteger number -> g.writeNumber(number);
            case BigDecimal number -> g.writeNumber(number);
            case Double number when Double.isFinite(number) -> g.writeNumber(number);
            case Double ignored -> g.writeNull();
            case List<?> items -> {
                g.writeStartArray();
                for (Object item : items) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case Map<?, ?> members -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> member : members.entrySet()) {
                    g.writeName((String) member.getKey());
                    write(g, member.getValue());
                }
                g.writeEndObject();
            }
            default -> throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
        }
    }

    /** {@code value} as an object: its members, or an empty map when it is not an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** {@code value} as an array: its items, or an empty list when it is not an array. */
    @SuppressWarnings("unchecked")
    public static List<Object> asArray(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** {@code value} as text: the string, or {@code fallback} when it is not a string. */
    public static String asText(Object value, String fallback) {
        return value instanceof String text ? text : fallback;
    }
}
