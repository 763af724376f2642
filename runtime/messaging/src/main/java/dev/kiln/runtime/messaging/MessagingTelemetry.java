package dev.kiln.runtime.messaging;

import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.List;

/**
 * Messaging's spans and counters, on OpenTelemetry's messaging conventions: a PRODUCER span {@code send <name>} per
 * publication whose context travels in the envelope's {@code traceparent}/{@code tracestate}, and a CONSUMER span
 * {@code process <name>} per delivery attempt, child of that context and current while the handler runs. Made
 * only when {@link Telemetry#enabled()}: publishers and dispatchers check that once and keep their plain path
 * otherwise. Every name is listed in docs/observability.md.
 */
final class MessagingTelemetry {
    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> KIND = AttributeKey.stringKey("kiln.messaging.destination.kind");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("kiln.messaging.attempt");
    static final AttributeKey<String> ERROR_TYPE = Telemetry.ERROR_TYPE;
    /** The span event of a delivery whose failure made the message a dead letter. */
    static final String DEAD_LETTER_EVENT = "kiln.messaging.dead_lettered";

    /** The semantic conventions' advice for {@code messaging.process.duration}, in seconds. */
    private static final List<Double> DURATION_BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5,
            0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    private static final TextMapSetter<String[]> SETTER = (carrier, key, value) -> {
        if (carrier != null) {
            if (key.equals("traceparent")) {
                carrier[0] = value;
            } else if (key.equals("tracestate")) {
                carrier[1] = value;
            }
        }
    };

    private static final TextMapGetter<Envelope> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Envelope envelope) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(Envelope envelope, String key) {
            if (envelope == null) {
                return null;
            }
            return switch (key) {
                case "traceparent" -> envelope.traceparent();
                case "tracestate" -> envelope.tracestate();
                default -> null;
            };
        }
    };

    private final Telemetry telemetry;
    private final String system;
    private final LongCounter sent;
    private final LongCounter handled;
    private final LongCounter failed;
    private final LongCounter retried;
    private final LongCounter deadLettered;
    private final DoubleHistogram processDuration;

    MessagingTelemetry(Telemetry telemetry, String transportType) {
        this.telemetry = telemetry;
        this.system = system(transportType);
        var meter = telemetry.meter();
        this.sent = meter.counterBuilder("messaging.client.sent.messages").setUnit("{message}")
                .setDescription("Messages published (accepted by the transport or the outbox, or refused)").build();
        this.handled = meter.counterBuilder("kiln.messaging.handled").setUnit("{message}")
                .setDescription("Delivery attempts whose handler returned (the message is acknowledged)").build();
        this.failed = meter.counterBuilder("kiln.messaging.failed").setUnit("{message}")
                .setDescription("Delivery attempts whose handler threw").build();
        this.retried = meter.counterBuilder("kiln.messaging.retried").setUnit("{message}")
                .setDescription("Failed attempts that will be delivered again after the retry policy's backoff").build();
        this.deadLettered = meter.counterBuilder("kiln.messaging.dead_lettered").setUnit("{message}")
                .setDescription("Failed attempts that were the last: the message became a dead letter").build();
        this.processDuration = meter.histogramBuilder("messaging.process.duration").setUnit("s")
                .setDescription("How long a handler ran, per delivery attempt")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
    }

    /** {@code messaging.system}: {@code kiln} for the in-process transport, else the transport's type ({@code redis}). */
    static String system(String transportType) {
        return transportType.equals("memory") ? "kiln" : transportType;
    }

    /** The attributes of a destination's publications, made once per publisher. */
    Attributes producerAttributes(Destination destination) {
        return Attributes.of(SYSTEM, system, DESTINATION, destination.name(), OPERATION_TYPE, "send",
                OPERATION_NAME, "send", KIND, destination.kind().label());
    }

    /** The attributes of a destination's deliveries to {@code group}, made once per consumer. */
    Attributes consumerAttributes(Destination destination, String group) {
        return Attributes.builder().put(SYSTEM, system).put(DESTINATION, destination.name())
                .put(OPERATION_TYPE, "process").put(OPERATION_NAME, "process").put(GROUP, group)
                .put(KIND, destination.kind().label()).build();
    }

    /** What a publisher does to send one message. */
    interface Send {
        void send(String traceparent, String tracestate);
    }

    /**
     * Runs {@code send} inside a PRODUCER span {@code spanName} (child of the current context), giving it the span's
     * context to put in the envelope; the span ends when the transport (or the outbox) has accepted the message.
     */
    void publish(String spanName, Attributes attributes, Send send) {
        Span span = telemetry.tracer().spanBuilder(spanName).setSpanKind(SpanKind.PRODUCER)
                .setAllAttributes(attributes).startSpan();
        String[] carrier = new String[2];
        try (Scope ignored = span.makeCurrent()) {
            telemetry.propagator().inject(Context.current(), carrier, SETTER);
            send.send(carrier[0], carrier[1]);
            sent.add(1, attributes);
        } catch (RuntimeException | Error e) {
            Telemetry.failed(span, e);
            sent.add(1, withError(attributes, e));
            throw e;
        } finally {
            span.end();
        }
    }

    /** The id of the message being published, once the envelope exists (made lazily otherwise; here it is needed). */
    static void messageId(Envelope envelope) {
        Span.current().setAttribute(MESSAGE_ID, envelope.id());
    }

    /** One delivery attempt's handler call. */
    interface Delivery {
        void run() throws Exception;
    }

    /**
     * Runs {@code delivery} inside a CONSUMER span {@code spanName} whose parent is the context the envelope carries
     * (none: a new trace), current on this thread while it runs; counts the outcome. {@code lastAttempt}: a failure
     * now makes the message a dead letter.
     */
    void process(String spanName, Attributes attributes, Envelope envelope, int attempt, boolean lastAttempt,
                 Delivery delivery) throws Exception {
        Context parent = telemetry.propagator().extract(Context.root(), envelope, GETTER);
        Span span = telemetry.tracer().spanBuilder(spanName).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAllAttributes(attributes).setAttribute(MESSAGE_ID, envelope.id())
                .setAttribute(EVENT_TYPE, envelope.type()).setAttribute(ATTEMPT, (long) attempt).startSpan();
        long start = System.nanoTime();
        try (Scope ignored = span.makeCurrent()) {
            delivery.run();
            handled.add(1, attributes);
            processDuration.record(seconds(start), attributes);
        } catch (Exception | Error e) {
            Telemetry.failed(span, e);
            Attributes failure = withError(attributes, e);
            processDuration.record(seconds(start), failure);
            failed.add(1, failure);
            if (lastAttempt) {
                span.addEvent(DEAD_LETTER_EVENT, Attributes.of(ATTEMPT, (long) attempt));
                deadLettered.add(1, attributes);
            } else {
                retried.add(1, attributes);
            }
            throw e;
        } finally {
            span.end();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Attributes withError(Attributes attributes, Throwable e) {
        return attributes.toBuilder().put(ERROR_TYPE, e.getClass().getName()).build();
    }
}
