package dev.kiln.runtime.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Helpers generated codecs call: typed readers that fail with the JSON pointer of the offending value,
 * writers for the scalars JSON has no native form for, and whole-document {@link #encode}/{@link #decode}.
 * Readers expect the parser on the value's token and leave it there. Readers of object types
 * ({@code readString}, {@code readUuid}, {@code readLocalDate} …) return {@code null} for JSON null so the
 * codec can report a missing property; readers of primitives reject null.
 *
 * <pre>{@code
 * case "id" -> { id = Json.readLong(p); idSeen = true; }
 * case "created" -> created = Json.readInstant(p);
 * ...
 * if (created == null) throw Json.missing(p, "created");
 * }</pre>
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** The one shared factory: thread-safe, recycles buffers. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** Encodes {@code value} (not null) as UTF-8 JSON. */
    public static <T> byte[] encode(JsonCodec<T> codec, T value) {
        // The factory's recycled buffers, as databind's writeValueAsBytes does: no growing and copying.
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            write(codec, value, out);
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    /** Encodes {@code value} (not null) as UTF-8 JSON onto {@code out}, which stays open. */
    public static <T> void write(JsonCodec<T> codec, T value, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            codec.write(g, value);
        }
    }

    /**
     * Decodes one JSON document. Empty input ("Request body is empty"), malformed JSON (with line and
     * column), a wrong shape, and anything after the value all throw {@link JsonDecodeException}.
     */
    public static <T> T decode(JsonCodec<T> codec, byte[] json) {
        if (json.length == 0) {
            throw new JsonDecodeException("", "Request body is empty");
        }
        return decode(codec, FACTORY.createParser(ObjectReadContext.empty(), json));
    }

    /**
     * Decodes one JSON document straight from a stream (a request body), with the same errors as
     * {@link #decode(JsonCodec, byte[])}; the stream is not closed.
     */
    public static <T> T decode(JsonCodec<T> codec, InputStream json) {
        return decode(codec, FACTORY.createParser(ObjectReadContext.empty(), json));
    }

    private static <T> T decode(JsonCodec<T> codec, JsonParser p) {
        try (p) {
            if (p.nextToken() == null) {
                throw new JsonDecodeException("", "Request body is empty");
            }
            T value = codec.read(p);
            if (p.nextToken() != null) {
                throw new JsonDecodeException("", "unexpected content after the JSON value (line "
                        + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr() + ")");
            }
            return value;
        } catch (StreamReadException e) {
            throw MalformedJson.describe(p, e);
        } catch (StreamConstraintsException e) {
            // Not a StreamReadException in Jackson 3: too deep, too long a number or string. Still the client's input.
            throw new JsonDecodeException("", "the JSON document exceeds a size limit (nesting depth, number or"
                    + " string length)");
        }
    }

    /** Fails unless the parser is on {@code {}}. */
    public static void expectObject(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonScalars.mismatch(p, "an object");
        }
    }

    /** Fails unless the parser is on {@code [}. */
    public static void expectArray(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonScalars.mismatch(p, "an array");
        }
    }

    /** True when the parser is on JSON {@code null}. */
    public static boolean isNull(JsonParser p) {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    /**
     * The error for a required property that is missing or null, to be thrown by the codec after the
     * object's last property (parser on {@code }}): its pointer is the object's pointer plus {@code /name}.
     */
    public static JsonDecodeException missing(JsonParser p, String name) {
        String pointer = p.streamReadContext().pathAsPointer().appendProperty(name).toString();
        return new JsonDecodeException(pointer, "required property '" + name + "' is missing or null");
    }

    /** The error for a JSON string that names no constant; {@code allowed} lists them: {@code "RED, GREEN"}. */
    public static JsonDecodeException badEnum(JsonParser p, String allowed) {
        return JsonScalars.mismatch(p, "one of " + allowed);
    }

    /** The error for a value of the wrong kind; {@code expected} reads after "expected", e.g. {@code "an object"}. */
    public static JsonDecodeException mismatch(JsonParser p, String expected) {
        return JsonScalars.mismatch(p, expected);
    }

    /** An integer that fits in an {@code int}; decimals, strings, null and overflow are rejected. */
    public static int readInt(JsonParser p) {
        return JsonScalars.readInt(p);
    }

    /** An integer that fits in a {@code long}. */
    public static long readLong(JsonParser p) {
        return JsonScalars.readLong(p);
    }

    /** An integer that fits in a {@code short}. */
    public static short readShort(JsonParser p) {
        return JsonScalars.readShort(p);
    }

    /** An integer that fits in a {@code byte}. */
    public static byte readByte(JsonParser p) {
        return JsonScalars.readByte(p);
    }

    /** Any JSON number, or the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
    public static double readDouble(JsonParser p) {
        return JsonScalars.readDouble(p);
    }

    /** Like {@link #readDouble} within {@code float} range. */
    public static float readFloat(JsonParser p) {
        return JsonScalars.readFloat(p);
    }

    /** {@code true} or {@code false}; nothing else. */
    public static boolean readBoolean(JsonParser p) {
        return JsonScalars.readBoolean(p);
    }

    /** A string of exactly one character. */
    public static char readChar(JsonParser p) {
        return JsonScalars.readChar(p);
    }

    /** A string, or {@code null} for JSON null; numbers and booleans are rejected. */
    public static String readString(JsonParser p) {
        return JsonScalars.readString(p);
    }

    /** A canonical 8-4-4-4-12 UUID string, or {@code null} for JSON null. */
    public static UUID readUuid(JsonParser p) {
        return JsonScalars.readUuid(p);
    }

    /** A JSON number (or a numeric string), or {@code null} for JSON null. */
    public static BigDecimal readBigDecimal(JsonParser p) {
        return JsonScalars.readBigDecimal(p);
    }

    /** A JSON integer (or an integer string), or {@code null} for JSON null. */
    public static BigInteger readBigInteger(JsonParser p) {
        return JsonScalars.readBigInteger(p);
    }

    /** {@code "2024-01-31"}, or {@code null} for JSON null. */
    public static LocalDate readLocalDate(JsonParser p) {
        return JsonScalars.readLocalDate(p);
    }

    /** {@code "2024-01-31T10:15:30"}, or {@code null} for JSON null. */
    public static LocalDateTime readLocalDateTime(JsonParser p) {
        return JsonScalars.readLocalDateTime(p);
    }

    /** {@code "2024-01-31T10:15:30+01:00"}, or {@code null} for JSON null. */
    public static OffsetDateTime readOffsetDateTime(JsonParser p) {
        return JsonScalars.readOffsetDateTime(p);
    }

    /** {@code "2024-01-31T10:15:30Z"}, or {@code null} for JSON null. */
    public static Instant readInstant(JsonParser p) {
        return JsonScalars.readInstant(p);
    }

    /** {@code "PT10S"}, or {@code null} for JSON null. */
    public static Duration readDuration(JsonParser p) {
        return JsonScalars.readDuration(p);
    }

    /** A base64 string, or {@code null} for JSON null. */
    public static byte[] readBytes(JsonParser p) {
        return JsonScalars.readBytes(p);
    }

    /** Writes a one-character string. */
    public static void writeChar(JsonGenerator g, char value) {
        g.writeString(String.valueOf(value));
    }

    /** Writes the canonical UUID string, or null. */
    public static void writeUuid(JsonGenerator g, UUID value) {
        writeText(g, value);
    }

    /** Writes a JSON number, or null. */
    public static void writeBigDecimal(JsonGenerator g, BigDecimal value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    /** Writes a JSON number, or null. */
    public static void writeBigInteger(JsonGenerator g, BigInteger value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    /** Writes {@code "2024-01-31"}, or null. */
    public static void writeLocalDate(JsonGenerator g, LocalDate value) {
        writeText(g, value);
    }

    /** Writes {@code "2024-01-31T10:15:30"}, or null. */
    public static void writeLocalDateTime(JsonGenerator g, LocalDateTime value) {
        writeText(g, value);
    }

    /** Writes {@code "2024-01-31T10:15:30+01:00"}, or null. */
    public static void writeOffsetDateTime(JsonGenerator g, OffsetDateTime value) {
        writeText(g, value);
    }

    /** Writes {@code "2024-01-31T10:15:30Z"} (as {@link Instant#toString} spells it), or null. */
    public static void writeInstant(JsonGenerator g, Instant value) {
        if (value == null) {
            g.writeNull();
            return;
        }
        char[] text = new char[TextFormats.INSTANT_MAX_LENGTH];
        int length = TextFormats.formatInstant(value, text);
        if (length < 0) {
            g.writeString(value.toString());
        } else {
            g.writeString(text, 0, length);
        }
    }

    /** Writes {@code "PT10S"}, or null. */
    public static void writeDuration(JsonGenerator g, Duration value) {
        writeText(g, value);
    }

    /** Writes base64, or null. */
    public static void writeBytes(JsonGenerator g, byte[] value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeBinary(value);
        }
    }

    /** The ISO-8601 forms of java.time and UUID are their {@code toString()}. */
    private static void writeText(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }
}
