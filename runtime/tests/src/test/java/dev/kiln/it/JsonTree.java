package dev.kiln.it;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses JSON into plain maps, lists, strings, numbers, booleans and nulls with jackson-core, so tests
 * read response bodies without going through Kiln's own codecs.
 *
 * <pre>{@code
 * Map<String, Object> problem = JsonTree.object(response.body());
 * assertEquals("/sections/0/heading", JsonTree.at(problem, "errors", 0, "pointer"));
 * }</pre>
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTree() {}

    /** The whole document, which must be one JSON value. */
    static Object parse(String json) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            Object value = value(p);
            if (p.nextToken() != null) {
                throw new AssertionError("Trailing content after the JSON value: " + json);
            }
            return value;
        }
    }

    /** The document as a JSON object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        Object value = parse(json);
        if (!(value instanceof Map)) {
            throw new AssertionError("Expected a JSON object but got: " + json);
        }
        return (Map<String, Object>) value;
    }

    /** Follows property names (String) and array indexes (Integer) from {@code root}; null when absent. */
    static Object at(Object root, Object... steps) {
        Object current = root;
        for (Object step : steps) {
            if (current instanceof Map<?, ?> map && step instanceof String name) {
                current = map.get(name);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    /** Writes maps, lists, strings, numbers, booleans and nulls as JSON text. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(g, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) {
        switch (value) {
            case null -> g.writeNull();
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    g.writeName((String) entry.getKey());
                    write(g, entry.getValue());
                }
                g.writeEndObject();
            }
            case List<?> list -> {
                g.writeStartArray();
                for (Object element : list) {
                    write(g, element);
                }
                g.writeEndArray();
            }
            case String text -> g.writeString(text);
            case Boolean bool -> g.writeBoolean(bool);
            case BigDecimal decimal -> g.writeNumber(decimal);
            case Number number -> g.writeNumber(new BigDecimal(number.toString()));
            default -> throw new IllegalArgumentException("Not a JSON value: " + value);
        }
    }

    private static Object value(JsonParser p) {
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    p.nextToken();
                    map.put(name, value(p));
                }
                yield Collections.unmodifiableMap(map);
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                yield Collections.unmodifiableList(list);
            }
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new AssertionError("Unexpected JSON token " + token);
        };
    }
}
