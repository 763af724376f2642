package dev.kiln.runtime.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.kiln.runtime.json.JsonTree;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A {@link Problem}'s extension members: checked and copied when a problem is made, written and read by
 * {@link ProblemCodec}. Values are JSON-shaped (text, numbers, booleans, null, lists and string-keyed maps)
 * so that what a server writes, a client reads back as the same Java values (integers as {@code Integer},
 * {@code Long} or {@code BigInteger} by size, fractions as {@code Double}).
 */
final class ProblemExtensions {
    /** Members a problem document defines itself; an extension may not take their names. */
    static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "errors", "errorId");

    private ProblemExtensions() {}

    /** An unmodifiable, order-keeping deep copy; refuses reserved names and values JSON cannot hold. */
    static Map<String, Object> copy(Map<String, ?> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> member : extensions.entrySet()) {
            String name = member.getKey();
            if (name == null || RESERVED.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot be a problem extension member: "
                        + "the name is null or one of the standard members " + RESERVED);
            }
            copy.put(name, value(member.getValue(), name));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object value(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("Problem extension member '" + path + "' is " + number
                        + ", which JSON cannot hold");
            }
            return number;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            int i = 0;
            for (Object item : items) {
                copy.add(value(item, path + "/" + i++));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> members) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> member : members.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("Problem extension member '" + path
                            + "' is a map with a key that is not a string: " + member.getKey());
                }
                copy.put(name, value(member.getValue(), path + "/" + name));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("Problem extension member '" + path + "' holds a "
                + value.getClass().getName() + "; use text, numbers, booleans, null, or lists and maps of them");
    }

    /** Writes each member after the standard ones. */
    static void write(JsonGenerator g, Map<String, Object> extensions) {
        for (Map.Entry<String, Object> member : extensions.entrySet()) {
            g.writeName(member.getKey());
            JsonTree.write(g, member.getValue());
        }
    }

    /** Reads the value at the parser's current token, whatever its shape. */
    static Object read(JsonParser p) {
        return JsonTree.read(p);
    }
}
