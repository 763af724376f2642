package dev.kiln.runtime.messaging;

import dev.kiln.runtime.errors.ErrorRecorder;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.messaging.spi.ConsumerHandle;
import dev.kiln.runtime.messaging.spi.MessageConsumer;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import io.opentelemetry.api.common.Attributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * An application's subscriptions: what a generated dispatcher fills in its constructor and starts and stops as
 * a {@link Lifecycle}. Subscribing declares the consumer group at once (messages published from then on are kept
 * for it); {@link #start()} begins delivery, {@link #stop()} ends it and waits a bounded time for handlers in
 * flight. Messages of a type nobody here subscribes to are acknowledged and skipped.
 *
 * <pre>{@code
 * Dispatcher dispatcher = messaging.dispatcher();
 * dispatcher.subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE, billing::on));
 * dispatcher.start();
 * }</pre>
 */
public final class Dispatcher implements Lifecycle {
    private final MessageTransport transport;
    private final String application;
    private final int defaultConcurrency;
    private final Supplier<ErrorRecorder> errors;
    /** Null without telemetry: deliveries then run without a span. */
    private final MessagingTelemetry telemetry;
    /** Per destination, per type, the subscriptions to it (normally one). */
    private final Map<Destination, Map<String, List<Subscription<?>>>> routes = new TreeMap<>();
    private final List<ConsumerHandle> running = new ArrayList<>();

    Dispatcher(MessageTransport transport, String application, int defaultConcurrency, Supplier<ErrorRecorder> errors,
               MessagingTelemetry telemetry) {
        this.transport = transport;
        this.application = application;
        this.defaultConcurrency = defaultConcurrency;
        this.errors = errors;
        this.telemetry = telemetry;
    }

    /** Adds {@code subscription}; before {@link #start()} only. */
    public synchronized Dispatcher subscribe(Subscription<?> subscription) {
        if (!running.isEmpty()) {
            throw new IllegalStateException("Subscribe before the dispatcher starts: " + subscription);
        }
        Destination destination = subscription.destination();
        routes.computeIfAbsent(destination, d -> new LinkedHashMap<>())
                .computeIfAbsent(subscription.type(), t -> new ArrayList<>()).add(subscription);
        transport.declare(destination, destination.group(application));
        return this;
    }

    /** The destinations subscribed to, each with the group it reads in. */
    public synchronized Map<Destination, String> groups() {
        Map<Destination, String> groups = new TreeMap<>();
        routes.keySet().forEach(d -> groups.put(d, d.group(application)));
        return groups;
    }

    /** Starts one consumer per subscribed destination. */
    @Override
    public synchronized void start() {
        if (!running.isEmpty()) {
            return;
        }
        try {
            routes.forEach((destination, types) -> running.add(transport.consume(destination,
                    destination.group(application), new Router(destination, destination.group(application), types))));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Stops every consumer; handlers in flight get a bounded time to finish, the rest is delivered again later. */
    @Override
    public synchronized void stop() {
        for (ConsumerHandle handle : running.reversed()) {
            handle.close();
        }
        running.clear();
    }

    /**
     * Routes one destination's messages by type. With telemetry, each delivery attempt runs inside a CONSUMER span
     * {@code process <name>} (see {@link MessagingTelemetry#process}).
     */
    private final class Router implements MessageConsumer {
        private final Map<String, List<Subscription<?>>> types;
        private final int concurrency;
        private final String spanName;
        private final Attributes attributes;
        /** Written by the handler threads without a lock: a stale or lost value only costs a map lookup. */
        private Route last;

        Router(Destination destination, String group, Map<String, List<Subscription<?>>> types) {
            this.types = new HashMap<>(types);
            this.spanName = "process " + destination.name();
            this.attributes = telemetry == null ? null : telemetry.consumerAttributes(destination, group);
            int wanted = 0;
            for (List<Subscription<?>> subscriptions : types.values()) {
                for (Subscription<?> subscription : subscriptions) {
                    wanted = Math.max(wanted, subscription.concurrencyValue());
                }
            }
            this.concurrency = wanted > 0 ? wanted : defaultConcurrency;
        }

        @Override
        public void handle(Envelope envelope, int attempt) throws Exception {
            List<Subscription<?>> subscriptions = subscriptions(envelope.type());
            if (subscriptions == null) {
                return;
            }
            if (telemetry == null) {
                deliver(subscriptions, envelope, attempt);
                return;
            }
            // The transports dead-letter a message when its handler fails and the policy allows no further attempt.
            boolean last = retryPolicy(envelope.type()).exhausted(attempt);
            telemetry.process(spanName, attributes, envelope, attempt, last,
                    () -> deliver(subscriptions, envelope, attempt));
        }

        private void deliver(List<Subscription<?>> subscriptions, Envelope envelope, int attempt) throws Exception {
            Delivery context = new Delivery(envelope, attempt);
            for (Subscription<?> subscription : subscriptions) {
                try {
                    subscription.deliver(envelope, context);
                } catch (Exception | Error e) {
                    // Here, where the subscriber is known, on its thread (its span current); the transport retries.
                    errors.get().record(e, subscription.where(), null);
                    throw e;
                }
            }
        }

        /**
         * The subscriptions to {@code type}. In process the type is the publisher's own string, the same object for
         * every message of a method, so the last one looked up is kept and compared by identity first.
         */
        private List<Subscription<?>> subscriptions(String type) {
            Route last = this.last;
            if (last != null && last.type == type) {
                return last.subscriptions;
            }
            List<Subscription<?>> subscriptions = types.get(type);
            this.last = new Route(type, subscriptions);
            return subscriptions;
        }

        @Override
        public RetryPolicy retryPolicy(String type) {
            List<Subscription<?>> subscriptions = types.get(type);
            if (subscriptions != null) {
                for (Subscription<?> subscription : subscriptions) {
                    if (subscription.retryPolicy() != null) {
                        return subscription.retryPolicy();
                    }
                }
            }
            return RetryPolicy.DEFAULT;
        }

        @Override
        public int concurrency() {
            return concurrency;
        }
    }

    private record Route(String type, List<Subscription<?>> subscriptions) {}

    /** The {@link MessageContext} of one delivery. */
    private record Delivery(Envelope envelope, int attempt) implements MessageContext {
        @Override
        public String id() {
            return envelope.id();
        }

        @Override
        public String type() {
            return envelope.type();
        }

        @Override
        public String source() {
            return envelope.source();
        }

        @Override
        public Instant time() {
            return envelope.time();
        }

        @Override
        public Optional<String> orderingKey() {
            return Optional.ofNullable(envelope.orderingKey());
        }

        @Override
        public Optional<String> traceparent() {
            return Optional.ofNullable(envelope.traceparent());
        }
    }

    /** Subscribed destinations (for tests and operations). */
    Set<Destination> destinations() {
        return routes.keySet();
    }
}
