package dev.kiln.runtime.messaging;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.errors.ErrorRecorder;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import dev.kiln.runtime.messaging.spi.Outbox;
import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.metrics.BatchCallback;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An application's messaging: its transport, its name (the CloudEvents source and its consumer group), the
 * publishers and dispatchers generated code asks it for, the operations API and the readiness check.
 * {@code KilnMessagingModule} provides one per graph; it is a {@link Lifecycle} whose {@link #stop()} closes the
 * transport (after the generated dispatcher, which depends on it, has stopped its consumers).
 *
 * <pre>{@code
 * Messaging messaging = Messaging.create(KilnConfig.load(), "orders");
 * Publisher orders = messaging.events("orders");
 * Dispatcher dispatcher = messaging.dispatcher();
 * }</pre>
 */
public final class Messaging implements Lifecycle {
    private final MessageTransport transport;
    private final String application;
    private final MessagingSettings settings;
    private final Clock clock;
    private final List<Dispatcher> dispatchers = new CopyOnWriteArrayList<>();
    /** Null without telemetry; set before publishers and dispatchers are made (they keep what they saw). */
    private volatile MessagingTelemetry telemetry;
    private volatile BatchCallback gauges;
    private volatile Outbox outbox;
    private volatile ErrorRecorder errors = ErrorRecorder.NONE;

    private Messaging(MessageTransport transport, String application, MessagingSettings settings, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.application = Objects.requireNonNull(application, "application");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The transport {@code config} names ({@code kiln.messaging.transport}), for {@code application}. */
    public static Messaging create(KilnConfig config, String application) {
        return create(config, application, Clock.systemUTC());
    }

    /** As {@link #create(KilnConfig, String)}, with {@code clock} for publication times and ages. */
    public static Messaging create(KilnConfig config, String application, Clock clock) {
        return new Messaging(MessageTransports.create(config, application, clock), application,
                MessagingSettings.from(config), clock);
    }

    /** Over an existing transport (tests, or a transport built by hand). */
    public static Messaging create(MessageTransport transport, String application, MessagingSettings settings, Clock clock) {
        return new Messaging(transport, application, settings, clock);
    }

    /** A publisher to topic {@code topic}. */
    public Publisher events(String topic) {
        return publisher(Destination.events(topic));
    }

    /** A publisher to queue {@code name}. */
    public Publisher queue(String name) {
        return publisher(Destination.queue(name));
    }

    public Publisher publisher(Destination destination) {
        return new Publisher(this, destination, application, clock, telemetry);
    }

    /** A new, empty dispatcher for this application's subscriptions. */
    public Dispatcher dispatcher() {
        Dispatcher dispatcher = new Dispatcher(transport, application, settings.concurrency(), () -> errors,
                telemetry);
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    /**
     * Traces and measures through {@code telemetry} (the graph's: {@code KilnMessagingModule} sets it before any
     * publisher or dispatcher is made, and those made before keep going untraced): PRODUCER and CONSUMER spans, the
     * counters and the process-duration histogram ({@link MessagingTelemetry}), and gauges over
     * {@link MessagingOperations#stats()} ({@link MessagingGauges}). With {@link Telemetry#noop()} nothing is made.
     *
     * <pre>{@code
     * Messaging messaging = Messaging.create(config, "orders");
     * messaging.telemetry(Telemetry.of(openTelemetrySdk));
     * }</pre>
     */
    public void telemetry(Telemetry telemetry) {
        Objects.requireNonNull(telemetry, "telemetry");
        if (!telemetry.enabled() || this.telemetry != null) {
            return;
        }
        this.telemetry = new MessagingTelemetry(telemetry, transport.type());
        this.gauges = MessagingGauges.register(telemetry.meter(), transport.type(), transport::operations);
    }

    /**
     * Sends what publishers publish inside a database transaction to {@code outbox} rather than to the transport
     * (kiln-runtime-data's outbox installs itself here); outside a transaction they publish as before.
     */
    public void outbox(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Where a subscriber's failure is recorded, each failed attempt once, on the thread that ran it (the graph's
     * {@code ErrorTracker}: {@code KilnMessagingModule} sets it); nowhere until set.
     */
    public void errors(ErrorRecorder errors) {
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    public MessagingOperations operations() {
        return transport.operations();
    }

    public MessageTransport transport() {
        return transport;
    }

    public String application() {
        return application;
    }

    public MessagingSettings settings() {
        return settings;
    }

    /** The destinations this application consumes, each with its group. */
    public Map<Destination, String> consumedGroups() {
        Map<Destination, String> groups = new TreeMap<>();
        for (Dispatcher dispatcher : new ArrayList<>(dispatchers)) {
            groups.putAll(dispatcher.groups());
        }
        return groups;
    }

    /** The readiness check: see {@link MessagingHealthCheck}. */
    public HealthCheck healthCheck() {
        return new MessagingHealthCheck(this);
    }

    /** Closes the transport: connections and threads. */
    @Override
    public void stop() {
        for (Dispatcher dispatcher : dispatchers) {
            dispatcher.stop();
        }
        BatchCallback registered = gauges;
        if (registered != null) {
            registered.close();   // a collection after this would ask a closed transport
        }
        transport.close();
    }

    /** What publishers publish through: the outbox when it takes the message (inside a transaction), else the transport. */
    void send(Destination destination, Envelope envelope) {
        Outbox current = outbox;
        if (current == null || !current.offer(destination, envelope)) {
            transport.publish(destination, envelope);
        }
    }
}
