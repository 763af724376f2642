package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.json.TextFormats;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * CloudEvents 1.0 structured-mode JSON for an {@link Envelope}, on jackson-core's streaming API. Writes
 * {@code specversion}, {@code id}, {@code source}, {@code type}, {@code time} (RFC 3339, UTC),
 * {@code datacontenttype} ({@code application/json}), {@code partitionkey}, {@code traceparent} and {@code tracestate}
 * (CloudEvents' distributed-tracing extension) when present,
 * then {@code data}. Reads attributes in any order and ignores those it does not know (a newer publisher never
 * breaks an older subscriber); {@code data}'s JSON is kept as it came and read later by the payload's codec,
 * which ignores unknown properties too. A {@code specversion} other than 1.x is refused.
 *
 * <pre>{@code
 * byte[] json = EnvelopeCodec.encode(envelope);
 * Envelope back = EnvelopeCodec.decode(json);
 * OrderPlaced event = back.payload(OrderPlacedJsonCodec.INSTANCE);
 * }</pre>
 */
public final class EnvelopeCodec implements JsonCodec<Envelope> {
    public static final EnvelopeCodec INSTANCE = new EnvelopeCodec();
    /** The CloudEvents version written. */
    public static final String SPEC_VERSION = "1.0";
    /** The only content type Kiln writes. */
    public static final String CONTENT_TYPE = "application/json";

    private static final SerializableString SPECVERSION = new SerializedString("specversion");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString TIME = new SerializedString("time");
    private static final SerializableString DATACONTENTTYPE = new SerializedString("datacontenttype");
    private static final SerializableString PARTITIONKEY = new SerializedString("partitionkey");
    private static final SerializableString TRACEPARENT = new SerializedString("traceparent");
    private static final SerializableString TRACESTATE = new SerializedString("tracestate");
    private static final SerializableString DATA = new SerializedString("data");

    private static final JsonCodec<Envelope> TO_SEND = new JsonCodec<>() {
        @Override
        public void write(JsonGenerator g, Envelope value) {
            INSTANCE.write(g, value, true);
        }

        @Override
        public Envelope read(JsonParser p) {
            return INSTANCE.read(p);
        }
    };

    private EnvelopeCodec() {}

    /** The envelope as UTF-8 JSON. */
    public static byte[] encode(Envelope envelope) {
        return Json.encode(INSTANCE, envelope);
    }

    /**
     * The envelope as UTF-8 JSON for a transport that sends it and keeps nothing: a payload made in process whose
     * JSON was not written yet is written by its codec straight into the envelope's (no bytes in between, and
     * none kept: {@link Envelope#data()} would write it again). Same bytes as {@link #encode}.
     */
    public static byte[] encodeToSend(Envelope envelope) {
        return Json.encode(TO_SEND, envelope);
    }

    /** An envelope from UTF-8 JSON; {@link JsonDecodeException} naming what is missing or malformed. */
    public static Envelope decode(byte[] json) {
        // Knowing the bytes it parses, the reader takes data's JSON as a slice of them instead of writing it again.
        return Json.decode(new JsonCodec<Envelope>() {
            @Override
            public void write(JsonGenerator g, Envelope value) {
                INSTANCE.write(g, value);
            }

            @Override
            public Envelope read(JsonParser p) {
                return INSTANCE.read(p, json);
            }
        }, json);
    }

    @Override
    public void write(JsonGenerator g, Envelope e) {
        write(g, e, false);
    }

    /** {@code direct}: a payload made in process whose JSON was not written yet goes through its codec into {@code g}. */
    private void write(JsonGenerator g, Envelope e, boolean direct) {
        g.writeStartObject();
        g.writeName(SPECVERSION);
        g.writeString(SPEC_VERSION);
        g.writeName(ID);
        g.writeString(e.id());
        g.writeName(SOURCE);
        g.writeString(e.source());
        g.writeName(TYPE);
        g.writeString(e.type());
        g.writeName(TIME);
        Json.writeInstant(g, e.time());   // as Instant.toString() spells it, without the formatter
        g.writeName(DATACONTENTTYPE);
        g.writeString(CONTENT_TYPE);
        if (e.orderingKey() != null) {
            g.writeName(PARTITIONKEY);
            g.writeString(e.orderingKey());
        }
        if (e.traceparent() != null) {
            g.writeName(TRACEPARENT);
            g.writeString(e.traceparent());
        }
        if (e.tracestate() != null) {
            g.writeName(TRACESTATE);
            g.writeString(e.tracestate());
        }
        g.writeName(DATA);
        e.writeData(g, direct);
        g.writeEndObject();
    }

    @Override
    public Envelope read(JsonParser p) {
        return read(p, null);
    }

    /** {@code bytes}: what {@code p} parses, or null when unknown (then data is copied through a generator). */
    private Envelope read(JsonParser p, byte[] bytes) {
        Json.expectObject(p);
        String specversion = null;
        String id = null;
        String source = null;
        String type = null;
        Instant time = null;
        String orderingKey = null;
        String traceparent = null;
        String tracestate = null;
        byte[] data = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "specversion" -> specversion = Json.readString(p);
                case "id" -> id = Json.readString(p);
                case "source" -> source = Json.readString(p);
                case "type" -> type = Json.readString(p);
                case "time" -> time = readTime(p);
                case "partitionkey" -> orderingKey = Json.readString(p);
                case "traceparent" -> traceparent = Json.readString(p);
                case "tracestate" -> tracestate = Json.readString(p);
                case "data" -> data = Json.isNull(p) ? null : data(p, bytes);
                default -> p.skipChildren();       // unknown attributes and extensions are ignored
            }
        }
        if (specversion == null) {
            throw Json.missing(p, "specversion");
        }
        if (!specversion.equals("1") && !specversion.startsWith("1.")) {
            throw new JsonDecodeException("/specversion", "CloudEvents specversion '" + specversion
                    + "' is not supported (1.0 is)");
        }
        if (id == null) {
            throw Json.missing(p, "id");
        }
        if (source == null) {
            throw Json.missing(p, "source");
        }
        if (type == null) {
            throw Json.missing(p, "type");
        }
        if (data == null) {
            throw Json.missing(p, "data");
        }
        // "time" is optional in CloudEvents; an event without one is taken as of now.
        return new Envelope(id, source, type, time == null ? Instant.now() : time, orderingKey, traceparent,
                tracestate, data);
    }

    private static Instant readTime(JsonParser p) {
        String text = Json.readString(p);
        if (text == null) {
            return null;
        }
        try {
            // Kiln's own shape (Instant.toString(), with Z) read by hand: on Redis every message's time is read once,
            // and the formatter was half of reading an envelope.
            return TextFormats.parseInstant(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();   // RFC 3339 without seconds, say
            } catch (DateTimeParseException e) {
                throw new JsonDecodeException("/time", "time is not an RFC 3339 timestamp: '" + text + "'");
            }
        }
    }

    /**
     * The current value as its own JSON document: an object or array read from known bytes is the slice from its
     * first byte to the one after its end (exactly as published); anything else is written again.
     */
    private static byte[] data(JsonParser p, byte[] bytes) {
        if (bytes != null && (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)) {
            long start = p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            long end = p.currentLocation().getByteOffset();
            if (start >= 0 && end > start && end <= bytes.length) {
                return Arrays.copyOfRange(bytes, (int) start, (int) end);
            }
            throw new IllegalStateException("The JSON parser reported no byte offsets for data");
        }
        return copy(p);
    }

    /** The current value (object, array or scalar) as its own JSON document. */
    private static byte[] copy(JsonParser p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            // Exact: decimals as written (79.80 stays 79.80, 12345678901234567890.12 keeps its digits), not as doubles.
            g.copyCurrentStructureExact(p);
        }
        return out.toByteArray();
    }
}
