package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as it travels: the CloudEvents 1.0 attributes Kiln uses and the payload's JSON. On the wire
 * it is CloudEvents structured-mode JSON ({@link EnvelopeCodec}):
 *
 * <pre>{@code
 * {"specversion":"1.0","id":"0190c3e1-…","source":"/orders","type":"orders.placed",
 *  "time":"2026-12-03T09:00:00.123Z","datacontenttype":"application/json","partitionkey":"42",
 *  "traceparent":"00-…-…-01","data":{"orderId":42,"total":9.5}}
 * }</pre>
 *
 * @param id          unique per publication ({@link MessageIds}); kept on redelivery and replay
 * @param source      {@code /<application>} of the publisher
 * @param type        {@code <topic or queue>.<method>}
 * @param time        when it was published
 * @param orderingKey the {@code @OrderingKey} value (CloudEvents partitioning extension {@code partitionkey}), or null
 * @param traceparent the W3C trace context it was published in, or null
 * @param data        the payload as UTF-8 JSON, as the payload's {@link JsonCodec} wrote it
 */
public record Envelope(String id, String source, String type, Instant time, String orderingKey, String traceparent,
                       byte[] data) {

    public Envelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new envelope for {@code payload}, written by {@code codec}, with a fresh id. */
    public static <T> Envelope of(String source, String type, Instant time, JsonCodec<T> codec, T payload,
                                  String orderingKey, String traceparent) {
        Objects.requireNonNull(payload, "payload");
        return new Envelope(MessageIds.next(), source, type, time, orderingKey, traceparent, Json.encode(codec, payload));
    }

    /** The payload, read by {@code codec}; unknown properties are ignored as by every generated codec. */
    public <T> T payload(JsonCodec<T> codec) {
        return Json.decode(codec, data);
    }

    public Optional<String> orderingKeyValue() {
        return Optional.ofNullable(orderingKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e && id.equals(e.id) && source.equals(e.source) && type.equals(e.type)
                && time.equals(e.time) && Objects.equals(orderingKey, e.orderingKey)
                && Objects.equals(traceparent, e.traceparent) && Arrays.equals(data, e.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, type, time, orderingKey, traceparent, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Envelope[id=" + id + ", source=" + source + ", type=" + type + ", time=" + time
                + (orderingKey == null ? "" : ", orderingKey=" + orderingKey)
                + ", data=" + new String(data, StandardCharsets.UTF_8) + "]";
    }
}
