package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * Builds request targets for the scalar routes and checks JSON members by kind (a JSON number is not
 * the JSON string with the same text).
 *
 * <pre>{@code
 * String target = "/scalars/query?" + Wire.query(Wire.validScalars());
 * Wire.assertNumber(body, "by", "-5");
 * }</pre>
 */
final class Wire {
    /** The parameter names of every scalar route, in declaration order. */
    static final List<String> SCALAR_NAMES = List.of("b", "by", "s", "i", "l", "f", "d", "c", "str", "color", "uuid",
            "dec", "big", "date", "dateTime", "offset", "instant", "duration");

    /** The header each scalar travels in on {@code /scalars/headers}. */
    static final Map<String, String> HEADER_NAMES = headerNames();

    private Wire() {}

    /** One valid text form per scalar, keyed by parameter name, in declaration order. */
    static Map<String, String> validScalars() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("b", "true");
        values.put("by", "1");
        values.put("s", "2");
        values.put("i", "3");
        values.put("l", "4");
        values.put("f", "5.5");
        values.put("d", "6.25");
        values.put("c", "x");
        values.put("str", "text");
        values.put("color", "RED");
        values.put("uuid", "123e4567-e89b-12d3-a456-426614174000");
        values.put("dec", "12.50");
        values.put("big", "12345678901234567890");
        values.put("date", "2024-01-31");
        values.put("dateTime", "2024-01-31T10:15:30");
        values.put("offset", "2024-01-31T10:15:30+01:00");
        values.put("instant", "2024-01-31T10:15:30Z");
        values.put("duration", "PT10S");
        return values;
    }

    /** Percent-encodes a path segment or query component (space as {@code %20}, never {@code +}). */
    static String enc(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code name=value&...}, each part percent-encoded. */
    static String query(Map<String, String> values) {
        StringJoiner query = new StringJoiner("&");
        values.forEach((name, value) -> query.add(enc(name) + "=" + enc(value)));
        return query.toString();
    }

    /** {@code /scalars/path/...} with each value percent-encoded as one segment. */
    static String path(Map<String, String> values) {
        StringBuilder path = new StringBuilder("/scalars/path");
        for (String name : SCALAR_NAMES) {
            path.append('/').append(enc(values.get(name)));
        }
        return path.toString();
    }

    /** Header name/value pairs for {@code /scalars/headers}, skipping absent values. */
    static String[] headers(Map<String, String> values) {
        return values.entrySet().stream()
                .flatMap(e -> Stream.of(HEADER_NAMES.get(e.getKey()), e.getValue()))
                .toArray(String[]::new);
    }

    /** {@code json.name} is a JSON number equal to {@code expected}, compared exactly as decimals. */
    static void assertNumber(Map<String, Object> json, String name, String expected) {
        Object value = json.get(name);
        assertInstanceOf(Number.class, value, () -> name + " should be a JSON number in " + json);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(value.toString())),
                () -> name + " should be " + expected + " in " + json);
    }

    /** {@code json.name} is the JSON string {@code expected}. */
    static void assertString(Map<String, Object> json, String name, String expected) {
        Object value = json.get(name);
        assertInstanceOf(String.class, value, () -> name + " should be a JSON string in " + json);
        assertEquals(expected, value, () -> name + " in " + json);
    }

    private static Map<String, String> headerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("b", "X-B");
        names.put("by", "X-By");
        names.put("s", "X-S");
        names.put("i", "X-I");
        names.put("l", "X-L");
        names.put("f", "X-F");
        names.put("d", "X-D");
        names.put("c", "X-C");
        names.put("str", "X-Str");
        names.put("color", "X-Color");
        names.put("uuid", "X-Uuid");
        names.put("dec", "X-Dec");
        names.put("big", "X-Big");
        names.put("date", "X-Date");
        names.put("dateTime", "X-Date-Time");
        names.put("offset", "X-Offset");
        names.put("instant", "X-Instant");
        names.put("duration", "X-Duration");
        return Map.copyOf(names);
    }
}
