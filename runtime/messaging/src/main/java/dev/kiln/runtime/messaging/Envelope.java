package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * One message as it travels: the CloudEvents 1.0 attributes Kiln uses and the payload. On the wire it is
 * CloudEvents structured-mode JSON ({@link EnvelopeCodec}):
 *
 * <pre>{@code
 * {"specversion":"1.0","id":"0190c3e1-…","source":"/orders","type":"orders.placed",
 *  "time":"2026-12-03T09:00:00.123Z","datacontenttype":"application/json","partitionkey":"42",
 *  "traceparent":"00-…-…-01","tracestate":"vendor=…","data":{"orderId":42,"total":9.5}}
 * }</pre>
 *
 * <p>An envelope a {@link Publisher} makes carries the payload object itself: in process, the subscriber whose
 * codec is the publisher's gets that very object, and the JSON ({@link #data()}) and the id ({@link #id()}) are
 * made the first time something asks for them (a transport that leaves the process, a dead letter, a handler
 * reading {@link MessageContext#id()}), once, whichever thread asks first. Payload records should therefore be
 * immutable, as generated codecs' records are meant to be: a list component is best copied with
 * {@code List.copyOf} in the record's constructor. An envelope read from the wire carries the JSON only.
 *
 * <p>Attributes:
 * {@code id} unique per publication ({@link MessageIds}), kept on redelivery and replay; {@code source}
 * {@code /<application>} of the publisher; {@code type} {@code <topic or queue>.<method>}; {@code time} when it
 * was published; {@code orderingKey} the {@code @OrderingKey} value (CloudEvents partitioning extension
 * {@code partitionkey}) or null; {@code traceparent} and {@code tracestate} the W3C trace context it was published
 * in (CloudEvents' distributed-tracing extension: the publisher's PRODUCER span, see docs/observability.md), or null;
 * {@code data} the payload as UTF-8 JSON, as the payload's {@link JsonCodec} wrote it.
 */
public final class Envelope {
    private volatile String id;
    private final String source;
    private final String type;
    /** The time, kept as its two numbers: no {@link Instant} object per message. */
    private final long seconds;
    private final int nanos;
    private final String orderingKey;
    /**
     * The trace context: null, the {@code traceparent} alone, or a {@link TraceContext} when there is a
     * {@code tracestate} too. One field rather than two keeps an envelope at 56 bytes: the in-process transport
     * makes one per message.
     */
    private final Object trace;
    private volatile byte[] data;
    /** In process: the payload as published and the codec that writes it; null for an envelope from the wire. */
    private final Object payload;
    private final JsonCodec<Object> codec;

    /** An envelope as read from the wire (or rebuilt by hand): every attribute and the payload's JSON. */
    public Envelope(String id, String source, String type, Instant time, String orderingKey, String traceparent,
                    byte[] data) {
        this(id, source, type, time, orderingKey, traceparent, null, data);
    }

    /** As {@link #Envelope(String, String, String, Instant, String, String, byte[])}, with a {@code tracestate}. */
    public Envelope(String id, String source, String type, Instant time, String orderingKey, String traceparent,
                    String tracestate, byte[] data) {
        this(Objects.requireNonNull(id, "id"), source, type, time, orderingKey, traceparent, tracestate,
                Objects.requireNonNull(data, "data"), null, null);
    }

    @SuppressWarnings("unchecked")
    private Envelope(String id, String source, String type, Instant time, String orderingKey, String traceparent,
                     String tracestate, byte[] data, Object payload, JsonCodec<?> codec) {
        this.source = Objects.requireNonNull(source, "source");
        this.type = Objects.requireNonNull(type, "type");
        this.seconds = Objects.requireNonNull(time, "time").getEpochSecond();
        this.nanos = time.getNano();
        this.orderingKey = orderingKey;
        this.trace = tracestate == null ? traceparent : new TraceContext(traceparent, tracestate);
        // Volatile stores cost a fence each: an envelope made in process leaves both null until first use.
        if (id != null) {
            this.id = id;
        }
        if (data != null) {
            this.data = data;
        }
        this.payload = payload;
        this.codec = (JsonCodec<Object>) codec;
    }

    /** A new envelope for {@code payload}, written by {@code codec} when its JSON is first needed, with a fresh id. */
    public static <T> Envelope of(String source, String type, Instant time, JsonCodec<T> codec, T payload,
                                  String orderingKey, String traceparent) {
        return of(source, type, time, codec, payload, orderingKey, traceparent, null);
    }

    /** As {@link #of(String, String, Instant, JsonCodec, Object, String, String)}, with a {@code tracestate}. */
    public static <T> Envelope of(String source, String type, Instant time, JsonCodec<T> codec, T payload,
                                  String orderingKey, String traceparent, String tracestate) {
        return new Envelope(null, source, type, time, orderingKey, traceparent, tracestate, null,
                Objects.requireNonNull(payload, "payload"), Objects.requireNonNull(codec, "codec"));
    }

    /** Unique per publication, the same on every redelivery and replay; made on first use. */
    public String id() {
        String value = id;
        return value != null ? value : firstId();
    }

    /** Once per envelope at most, so the lock costs nothing that counts; every thread then sees the same id. */
    private synchronized String firstId() {
        if (id == null) {
            id = MessageIds.at(seconds * 1000 + nanos / 1_000_000);
        }
        return id;
    }

    public String source() {
        return source;
    }

    public String type() {
        return type;
    }

    public Instant time() {
        return Instant.ofEpochSecond(seconds, nanos);
    }

    public String orderingKey() {
        return orderingKey;
    }

    /** The W3C {@code traceparent} of the publication, or null. */
    public String traceparent() {
        return trace instanceof TraceContext context ? context.traceparent : (String) trace;
    }

    /** The W3C {@code tracestate} of the publication (vendors' trace data), or null. */
    public String tracestate() {
        return trace instanceof TraceContext context ? context.tracestate : null;
    }

    /** A {@code traceparent} with its {@code tracestate}. */
    private record TraceContext(String traceparent, String tracestate) {}

    /** The payload as UTF-8 JSON; written by the payload's codec on first use when the envelope was made in process. */
    public byte[] data() {
        byte[] value = data;
        if (value == null) {
            value = Json.encode(codec, payload);   // two threads may both write it: the same bytes, either is kept
            data = value;
        }
        return value;
    }

    /**
     * Writes the payload's JSON as the current value of {@code g}: with {@code direct}, an envelope made in process
     * whose JSON was not written yet straight from the payload through its codec (nothing kept); otherwise
     * {@link #data()}'s bytes, copied as they are (the payload's codec wrote them: valid JSON).
     */
    void writeData(JsonGenerator g, boolean direct) {
        if (direct && data == null && codec != null) {
            codec.write(g, payload);
        } else {
            g.writeRawValue(new String(data(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The payload, read by {@code codec}; unknown properties are ignored as by every generated codec. In process,
     * when {@code codec} is the one the publisher used, the published object itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T payload(JsonCodec<T> codec) {
        if (codec == this.codec) {
            return (T) payload;
        }
        return Json.decode(codec, data());
    }

    public Optional<String> orderingKeyValue() {
        return Optional.ofNullable(orderingKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && id().equals(e.id()) && source.equals(e.source) && type.equals(e.type)
                && seconds == e.seconds && nanos == e.nanos && Objects.equals(orderingKey, e.orderingKey)
                && Objects.equals(trace, e.trace) && Arrays.equals(data(), e.data());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id(), source, type, time(), orderingKey, trace, Arrays.hashCode(data()));
    }

    @Override
    public String toString() {
        return "Envelope[id=" + id() + ", source=" + source + ", type=" + type + ", time=" + time()
                + (orderingKey == null ? "" : ", orderingKey=" + orderingKey)
                + ", data=" + new String(data(), StandardCharsets.UTF_8) + "]";
    }
}
