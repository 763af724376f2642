package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.JsonCodec;
import io.opentelemetry.api.common.Attributes;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes to one topic or queue: what a generated publisher holds, one per {@code @Events} or
 * {@code @Queue} interface. Each call wraps the payload in a CloudEvents envelope (a fresh id, source
 * {@code /<application>}, type {@code <name>.<method>}, the time) and returns once the transport has accepted it,
 * or throws {@link MessageNotAcceptedException}. The envelope holds the payload object; its JSON and its id are
 * made when first needed ({@link Envelope}), so the in-process transport never writes JSON for a message that
 * is handled and acknowledged.
 *
 * <p>With telemetry ({@code Telemetry.enabled()}), each publication is a PRODUCER span {@code send <name>} whose
 * context the envelope carries ({@code traceparent}, {@code tracestate}); without it, nothing of that is made.
 *
 * <pre>{@code
 * Publisher orders = messaging.events("orders");
 * orders.publish("placed", OrderPlacedJsonCodec.INSTANCE, event, String.valueOf(event.orderId()));
 * }</pre>
 */
public final class Publisher {
    private final Messaging messaging;
    private final Destination destination;
    private final String source;
    private final Clock clock;
    /** Null without telemetry: then a publication makes no span and carries no trace context. */
    private final MessagingTelemetry telemetry;
    private final String spanName;
    private final Attributes attributes;
    private final ConcurrentHashMap<String, String> types = new ConcurrentHashMap<>();
    /** The last method published and its type: generated publishers pass constants, so this is an identity hit. */
    private volatile MethodType last = new MethodType("", "");

    private record MethodType(String method, String type) {}

    Publisher(Messaging messaging, Destination destination, String application, Clock clock,
              MessagingTelemetry telemetry) {
        this.messaging = Objects.requireNonNull(messaging, "messaging");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.source = "/" + Objects.requireNonNull(application, "application");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.telemetry = telemetry;
        this.spanName = "send " + destination.name();
        this.attributes = telemetry == null ? null : telemetry.producerAttributes(destination);
    }

    /** Publishes {@code payload} as a {@code method} message, without an ordering key. */
    public <T> void publish(String method, JsonCodec<T> codec, T payload) {
        publish(method, codec, payload, null);
    }

    /**
     * Publishes {@code payload} as a {@code method} message; messages with equal {@code orderingKey}s (not null)
     * are handled in publication order by each subscriber instance.
     */
    public <T> void publish(String method, JsonCodec<T> codec, T payload, String orderingKey) {
        MethodType known = last;
        String type;
        if (known.method == method) {
            type = known.type;
        } else {
            type = types.computeIfAbsent(method, destination::type);
            last = new MethodType(method, type);
        }
        if (telemetry == null) {
            messaging.send(destination, Envelope.of(source, type, clock.instant(), codec, payload, orderingKey, null));
            return;
        }
        telemetry.publish(spanName, attributes, (traceparent, tracestate) -> {
            Envelope envelope = Envelope.of(source, type, clock.instant(), codec, payload, orderingKey, traceparent,
                    tracestate);
            MessagingTelemetry.messageId(envelope);
            messaging.send(destination, envelope);
        });
    }

    public Destination destination() {
        return destination;
    }
}
