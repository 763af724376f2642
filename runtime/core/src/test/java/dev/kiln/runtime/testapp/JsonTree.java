package dev.kiln.runtime.testapp;

import dev.kiln.runtime.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/** Reads any JSON document with jackson-core into maps (in document order), lists, String, Long, Double, Boolean, null. */
public final class JsonTree {
    private JsonTree() {}

    public static Object parse(String json) {
        try (JsonParser p = Json.factory().createParser(ObjectReadContext.empty(), json)) {
            Object value = read(p, p.nextToken());
            if (p.nextToken() != null) {
                throw new AssertionError("Trailing content: " + json);
            }
            return value;
        }
    }

    /** The document, which must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        Object value = parse(json);
        if (!(value instanceof Map)) {
            throw new AssertionError("Not a JSON object: " + json);
        }
        return (Map<String, Object>) value;
    }

    private static Object read(JsonParser p, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = p.nextName(); name != null; name = p.nextName()) {
                    if (map.containsKey(name)) {
                        throw new AssertionError("Duplicate property " + name);
                    }
                    map.put(name, read(p, p.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    list.add(read(p, t));
                }
                yield list;
            }
            case VALUE_STRING -> p.getString();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE, VALUE_FALSE -> p.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw new AssertionError("Unexpected token " + token);
        };
    }
}
