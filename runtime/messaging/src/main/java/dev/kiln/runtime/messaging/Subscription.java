package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.JsonCodec;
import java.util.Objects;

/**
 * One {@code @Subscribe} method: which messages (destination and type), how to read them, what to call, and
 * its {@code @Retry} policy. Immutable; {@link #retry} and {@link #concurrency} return copies.
 *
 * <pre>{@code
 * dispatcher.subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE, billing::on)
 *         .subscriber("Billing.on")
 *         .retry(new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(30))));
 * dispatcher.subscribe(Subscription.queue("emails", "send", EmailJobJsonCodec.INSTANCE, (job, context) -> mailer.send(job)));
 * }</pre>
 *
 * @param <T> the payload type
 */
public final class Subscription<T> {
    private final Destination destination;
    private final String type;
    private final JsonCodec<T> codec;
    private final MessageHandler<T> handler;
    private final RetryPolicy retry;
    private final int concurrency;
    private final String subscriber;

    private Subscription(Destination destination, String type, JsonCodec<T> codec, MessageHandler<T> handler,
                         RetryPolicy retry, int concurrency, String subscriber) {
        this.destination = destination;
        this.type = type;
        this.codec = codec;
        this.handler = handler;
        this.retry = retry;
        this.concurrency = concurrency;
        this.subscriber = subscriber;
    }

    /** Events of type {@code <topic>.<method>} on {@code topic}; every subscribing application gets each once. */
    public static <T> Subscription<T> events(String topic, String method, JsonCodec<T> codec, MessageHandler<T> handler) {
        return of(Destination.events(topic), method, codec, handler);
    }

    /** Messages of type {@code <queue>.<method>} on {@code queue}; one handler in the whole system gets each. */
    public static <T> Subscription<T> queue(String queue, String method, JsonCodec<T> codec, MessageHandler<T> handler) {
        return of(Destination.queue(queue), method, codec, handler);
    }

    private static <T> Subscription<T> of(Destination destination, String method, JsonCodec<T> codec,
                                          MessageHandler<T> handler) {
        Objects.requireNonNull(method, "method");
        return new Subscription<>(destination, destination.type(method), Objects.requireNonNull(codec, "codec"),
                Objects.requireNonNull(handler, "handler"), null, 0, null);
    }

    /** This subscription with {@code policy} ({@code @Retry}); without it, {@link RetryPolicy#DEFAULT}. */
    public Subscription<T> retry(RetryPolicy policy) {
        return new Subscription<>(destination, type, codec, handler, Objects.requireNonNull(policy, "policy"), concurrency,
                subscriber);
    }

    /**
     * This subscription allowing {@code concurrency} messages of its destination to be handled at once in this
     * instance; without it, {@code kiln.messaging.concurrency}. Subscriptions to one destination share one
     * consumer, which takes the highest value asked for.
     */
    public Subscription<T> concurrency(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        return new Subscription<>(destination, type, codec, handler, retry, concurrency, subscriber);
    }

    /**
     * This subscription naming its subscriber method, {@code Notifier.on}: error tracking says where a failure was
     * thrown as {@code orders.placed → Notifier.on}. Generated dispatchers name every subscription.
     */
    public Subscription<T> subscriber(String name) {
        return new Subscription<>(destination, type, codec, handler, retry, concurrency,
                Objects.requireNonNull(name, "name"));
    }

    public Destination destination() {
        return destination;
    }

    /** The CloudEvents type it handles: {@code <name>.<method>}. */
    public String type() {
        return type;
    }

    /** The policy set with {@link #retry}, or null. */
    public RetryPolicy retryPolicy() {
        return retry;
    }

    /** The concurrency set with {@link #concurrency(int)}, or 0. */
    public int concurrencyValue() {
        return concurrency;
    }

    /** {@code orders.placed → Notifier.on}, or the type alone when the subscriber is not named. */
    String where() {
        return subscriber == null ? type : type + " \u2192 " + subscriber;
    }

    /** Reads the payload and calls the handler. */
    void deliver(Envelope envelope, MessageContext context) throws Exception {
        handler.handle(envelope.payload(codec), context);
    }

    @Override
    public String toString() {
        return "Subscription[" + destination + ", " + type + "]";
    }
}
