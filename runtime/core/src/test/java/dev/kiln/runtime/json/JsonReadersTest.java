package dev.kiln.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers generated codecs call: what they accept, and the pointer and message when they refuse. */
class JsonReadersTest {

    private static <T> T decode(JsonCodec<T> codec, String json) {
        return Json.decode(codec, json.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> String encode(JsonCodec<T> codec, T value) {
        return new String(Json.encode(codec, value), StandardCharsets.UTF_8);
    }

    private static JsonDecodeException refused(JsonCodec<?> codec, String json) {
        return assertThrows(JsonDecodeException.class, () -> decode(codec, json));
    }

    @Test
    void scalarsRoundTrip() {
        assertEquals(Integer.MIN_VALUE, decode(JsonCodecs.INT, "-2147483648"));
        assertEquals(Long.MAX_VALUE, decode(JsonCodecs.LONG, "9223372036854775807"));
        assertEquals((short) -5, decode(JsonCodecs.SHORT, "-5"));
        assertEquals((byte) 7, decode(JsonCodecs.BYTE, "7"));
        assertEquals(1.5, decode(JsonCodecs.DOUBLE, "1.5"));
        assertEquals(3.0, decode(JsonCodecs.DOUBLE, "3"));
        assertEquals(0.25f, decode(JsonCodecs.FLOAT, "0.25"));
        assertEquals(true, decode(JsonCodecs.BOOLEAN, "true"));
        assertEquals('x', decode(JsonCodecs.CHAR, "\"x\""));
        assertEquals("snow ☃", decode(JsonCodecs.STRING, "\"snow \\u2603\""));
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertEquals("\"123e4567-e89b-12d3-a456-426614174000\"", encode(JsonCodecs.UUID, uuid));
        assertEquals(uuid, decode(JsonCodecs.UUID, encode(JsonCodecs.UUID, uuid)));
        assertEquals("12.50", encode(JsonCodecs.BIG_DECIMAL, new BigDecimal("12.50")));
        assertEquals(new BigDecimal("12.50"), decode(JsonCodecs.BIG_DECIMAL, "12.50"));
        assertEquals(new BigDecimal("12.50"), decode(JsonCodecs.BIG_DECIMAL, "\"12.50\""));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                decode(JsonCodecs.BIG_INTEGER, "123456789012345678901234567890"));
        assertEquals("\"2024-02-29\"", encode(JsonCodecs.LOCAL_DATE, LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDateTime.of(2024, 1, 31, 10, 15, 30), decode(JsonCodecs.LOCAL_DATE_TIME, "\"2024-01-31T10:15:30\""));
        assertEquals(OffsetDateTime.parse("2024-01-31T10:15:30+01:00"),
                decode(JsonCodecs.OFFSET_DATE_TIME, "\"2024-01-31T10:15:30+01:00\""));
        Instant instant = Instant.parse("2024-01-31T10:15:30.123Z");
        assertEquals("\"2024-01-31T10:15:30.123Z\"", encode(JsonCodecs.INSTANT, instant));
        assertEquals(instant, decode(JsonCodecs.INSTANT, encode(JsonCodecs.INSTANT, instant)));
        assertEquals("\"PT1M30S\"", encode(JsonCodecs.DURATION, Duration.ofSeconds(90)));
        assertEquals(Duration.ofSeconds(90), decode(JsonCodecs.DURATION, "\"PT1M30S\""));
        byte[] bytes = {0, 1, 2, (byte) 0xFF};
        assertEquals("\"AAEC/w==\"", encode(JsonCodecs.BYTES, bytes));
        assertArrayEquals(bytes, decode(JsonCodecs.BYTES, "\"AAEC/w==\""));
    }

    @Test
    void nonFiniteDoublesRoundTripAsStrings() {
        assertEquals("\"NaN\"", encode(JsonCodecs.DOUBLE, Double.NaN));
        assertTrue(Double.isNaN(decode(JsonCodecs.DOUBLE, "\"NaN\"")));
        assertEquals(Double.NEGATIVE_INFINITY, decode(JsonCodecs.DOUBLE, encode(JsonCodecs.DOUBLE, Double.NEGATIVE_INFINITY)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "INT|1.5|expected an integer (int) but got the decimal number 1.5",
        "INT|\"1\"|expected an integer (int) but got the string \"1\"",
        "INT|2147483648|expected an integer (int) but the number is out of range",
        "INT|true|expected an integer (int) but got a boolean",
        "LONG|\"x\"|expected an integer (long) but got the string \"x\"",
        "LONG|9223372036854775808|expected an integer (long) but the number is out of range",
        "SHORT|40000|expected an integer (short, -32768 to 32767) but the number is out of range",
        "BYTE|-129|expected an integer (byte, -128 to 127) but the number is out of range",
        "DOUBLE|\"1.5\"|expected a number (double) but got the string \"1.5\"",
        "DOUBLE|1e400|expected a number (double) but the number is out of range",
        "FLOAT|1e39|expected a number (float) but the number is out of range",
        "BOOLEAN|\"true\"|expected true or false but got the string \"true\"",
        "BOOLEAN|0|expected true or false but got the integer 0",
        "CHAR|\"ab\"|expected a string of exactly one character but got the string \"ab\"",
        "STRING|5|expected a string but got the integer 5",
        "STRING|{}|expected a string but got an object",
        "UUID|\"1-1-1-1-1\"|expected a UUID such as 123e4567-e89b-12d3-a456-426614174000 but got the string \"1-1-1-1-1\"",
        "BIG_DECIMAL|\"12,5\"|expected a decimal number but got the string \"12,5\"",
        "BIG_INTEGER|1.5|expected an integer but got the decimal number 1.5",
        "LOCAL_DATE|\"2024-02-30\"|expected an ISO-8601 date such as 2024-01-31 but got the string \"2024-02-30\"",
        "INSTANT|1700000000|expected an ISO-8601 instant such as 2024-01-31T10:15:30Z but got the integer 1700000000",
        "DURATION|\"10s\"|expected an ISO-8601 duration such as PT10S but got the string \"10s\"",
        "BYTES|\"@@@\"|expected base64-encoded bytes but the string is not valid base64",
        "INT|null|null is not allowed here",
        "STRING|null|null is not allowed here",
    })
    void mismatchesSayWhatWasExpectedAndFound(String kind, String json, String message) {
        JsonCodec<?> codec = switch (kind) {
            case "INT" -> JsonCodecs.INT;
            case "LONG" -> JsonCodecs.LONG;
            case "SHORT" -> JsonCodecs.SHORT;
            case "BYTE" -> JsonCodecs.BYTE;
            case "DOUBLE" -> JsonCodecs.DOUBLE;
            case "FLOAT" -> JsonCodecs.FLOAT;
            case "BOOLEAN" -> JsonCodecs.BOOLEAN;
            case "CHAR" -> JsonCodecs.CHAR;
            case "STRING" -> JsonCodecs.STRING;
            case "UUID" -> JsonCodecs.UUID;
            case "BIG_DECIMAL" -> JsonCodecs.BIG_DECIMAL;
            case "BIG_INTEGER" -> JsonCodecs.BIG_INTEGER;
            case "LOCAL_DATE" -> JsonCodecs.LOCAL_DATE;
            case "INSTANT" -> JsonCodecs.INSTANT;
            case "DURATION" -> JsonCodecs.DURATION;
            case "BYTES" -> JsonCodecs.BYTES;
            default -> throw new IllegalArgumentException(kind);
        };
        JsonDecodeException e = refused(JsonCodecs.map(codec), "{\"outer\": " + json + "}");
        assertEquals("/outer", e.pointer());
        assertEquals(message, e.getMessage());
    }

    @Test
    void pointersFollowNestingAndEscapeNames() {
        JsonDecodeException e = refused(JsonCodecs.map(JsonCodecs.list(JsonCodecs.map(JsonCodecs.INT))),
                "{\"a/b~c\": [{\"x\": 1}, {\"y\": 2, \"z\": \"three\"}]}");
        assertEquals("/a~1b~0c/1/z", e.pointer());
        assertEquals("/a~1b~0c/1/z: expected an integer (int) but got the string \"three\"", e.describe());

        JsonDecodeException root = refused(JsonCodecs.list(JsonCodecs.INT), "{}");
        assertEquals("", root.pointer());
        assertEquals("expected an array but got an object", root.getMessage());
    }

    @Test
    void objectReadersReturnNullForJsonNull() {
        assertNull(readAllObjectReadersOnNull());
    }

    private static Object readAllObjectReadersOnNull() {
        JsonCodec<Object> codec = new JsonCodec<>() {
            @Override
            public void write(tools.jackson.core.JsonGenerator g, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object read(tools.jackson.core.JsonParser p) {
                Object[] values = {Json.readString(p), Json.readUuid(p), Json.readBigDecimal(p), Json.readBigInteger(p),
                        Json.readLocalDate(p), Json.readLocalDateTime(p), Json.readOffsetDateTime(p),
                        Json.readInstant(p), Json.readDuration(p), Json.readBytes(p)};
                for (Object v : values) {
                    if (v != null) {
                        return v;
                    }
                }
                return null;
            }
        };
        return decode(codec, "null");
    }

    @Test
    void malformedJsonHasLineAndColumnAndNoInternals() {
        JsonCodec<String> skipAll = new JsonCodec<>() {
            @Override
            public void write(tools.jackson.core.JsonGenerator g, String value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String read(tools.jackson.core.JsonParser p) {
                p.skipChildren();
                return "";
            }
        };
        for (String bad : new String[] {"{\"a\":", "{\"a\" 1}", "[1,2", "{\"a\":tru}", "{\"a\":\"x\\q\"}", "\u0000",
                "{\"a\":1}}", "[1,]", "{'a':1}", "{\"a\":01}", "\"unterminated"}) {
            JsonDecodeException e = refused(skipAll, bad);
            String message = e.getMessage();
            assertTrue(message.startsWith("malformed JSON: ") || message.startsWith("unexpected content"), message);
            for (String leak : new String[] {"Source", "StreamReadFeature", "jackson", "Exception", "REDACTED"}) {
                assertFalse(message.contains(leak), bad + " leaks " + leak + ": " + message);
            }
        }
        assertEquals("malformed JSON: Unexpected character ('1' (code 49)): was expecting a colon to separate"
                + " property name and value (line 2, column 6)",
                refused(JsonCodecs.map(JsonCodecs.INT), "{\n \"a\" 1}").getMessage());
    }

    @Test
    void emptyAndTrailingInputAreRefused() {
        assertEquals("Request body is empty", refused(JsonCodecs.INT, "").getMessage());
        assertEquals("Request body is empty", refused(JsonCodecs.INT, "  \n ").getMessage());
        assertTrue(refused(JsonCodecs.INT, "1 2").getMessage().startsWith("unexpected content after the JSON value"));
    }

    @Test
    void containersRoundTripInOrder() {
        JsonCodec<Map<String, List<Integer>>> codec = JsonCodecs.map(JsonCodecs.list(JsonCodecs.INT));
        String json = "{\"b\":[3,1],\"a\":[]}";
        Map<String, List<Integer>> value = decode(codec, json);
        assertEquals(List.of("b", "a"), List.copyOf(value.keySet()));
        assertEquals(json, encode(codec, value));
        assertThrows(UnsupportedOperationException.class, () -> value.put("c", List.of()));

        assertEquals(List.of("x", "y"), List.copyOf(decode(JsonCodecs.set(JsonCodecs.STRING), "[\"x\",\"y\",\"x\"]")));
        assertArrayEquals(new String[] {"p", "q"}, decode(JsonCodecs.array(JsonCodecs.STRING, String[]::new), "[\"p\",\"q\"]"));
        assertEquals(java.util.Optional.empty(), decode(JsonCodecs.optional(JsonCodecs.INT), "null"));
        assertEquals(java.util.Optional.of(4), decode(JsonCodecs.optional(JsonCodecs.INT), "4"));
        assertEquals("[1,null]", encode(JsonCodecs.list(JsonCodecs.INT), java.util.Arrays.asList(1, null)));
        assertEquals("/1", refused(JsonCodecs.list(JsonCodecs.INT), "[1,null]").pointer());
    }

    @Test
    void primitiveArraysRoundTrip() {
        int[] ints = new int[20];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = i * i;
        }
        assertArrayEquals(ints, decode(JsonCodecs.INT_ARRAY, encode(JsonCodecs.INT_ARRAY, ints)));
        assertArrayEquals(new long[] {Long.MIN_VALUE, 0}, decode(JsonCodecs.LONG_ARRAY, "[-9223372036854775808,0]"));
        assertArrayEquals(new double[] {1.5, -2}, decode(JsonCodecs.DOUBLE_ARRAY, "[1.5,-2]"));
        assertArrayEquals(new short[] {1, 2}, decode(JsonCodecs.SHORT_ARRAY, encode(JsonCodecs.SHORT_ARRAY, new short[] {1, 2})));
        assertArrayEquals(new float[] {0.5f}, decode(JsonCodecs.FLOAT_ARRAY, encode(JsonCodecs.FLOAT_ARRAY, new float[] {0.5f})));
        assertArrayEquals(new boolean[] {true, false}, decode(JsonCodecs.BOOLEAN_ARRAY, "[true,false]"));
        assertEquals("[\"a\",\"b\"]", encode(JsonCodecs.CHAR_ARRAY, new char[] {'a', 'b'}));
        assertArrayEquals(new char[] {'a', 'b'}, decode(JsonCodecs.CHAR_ARRAY, "[\"a\",\"b\"]"));
        assertArrayEquals(new int[0], decode(JsonCodecs.INT_ARRAY, "[]"));
        assertEquals("/2", refused(JsonCodecs.INT_ARRAY, "[1,2,\"3\"]").pointer());
    }

    @Test
    void missingNamesTheObjectPointerPlusProperty() {
        JsonCodec<String> requiresName = new JsonCodec<>() {
            @Override
            public void write(tools.jackson.core.JsonGenerator g, String value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String read(tools.jackson.core.JsonParser p) {
                Json.expectObject(p);
                String name = null;
                for (String field = p.nextName(); field != null; field = p.nextName()) {
                    p.nextToken();
                    if (field.equals("name")) {
                        name = Json.readString(p);
                    } else {
                        p.skipChildren();
                    }
                }
                if (name == null) {
                    throw Json.missing(p, "name");
                }
                return name;
            }
        };
        assertEquals("/items/1/name", refused(JsonCodecs.map(JsonCodecs.list(requiresName)),
                "{\"items\":[{\"name\":\"ok\"},{\"other\":{\"deep\":[1]},\"name\":null}]}").pointer());
        assertEquals("/name", refused(requiresName, "{}").pointer());
        assertEquals("expected an object but got null", refused(requiresName, "null").getMessage());
    }
}
