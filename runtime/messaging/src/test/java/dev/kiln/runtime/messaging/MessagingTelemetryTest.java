package dev.kiln.runtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spans and metrics of the in-process transport, publisher and subscriber in two applications, each with its own
 * SDK: the consumer's span can only find its parent through the envelope's {@code traceparent}.
 */
class MessagingTelemetryTest {
    private static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

    private final TestTelemetry ordersTelemetry = new TestTelemetry();
    private final TestTelemetry billingTelemetry = new TestTelemetry();
    private final InMemoryTransport transport = new InMemoryTransport(100, Duration.ofSeconds(5), Clock.systemUTC());
    private final List<Dispatcher> dispatchers = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        dispatchers.forEach(Dispatcher::stop);
        transport.close();
        ordersTelemetry.close();
        billingTelemetry.close();
    }

    private Messaging app(String name, Telemetry telemetry) {
        Messaging messaging = Messaging.create(transport, name, MessagingSettings.DEFAULTS, Clock.systemUTC());
        messaging.telemetry(telemetry);
        return messaging;
    }

    private void subscribe(Messaging messaging, Subscription<?> subscription) {
        Dispatcher dispatcher = messaging.dispatcher().subscribe(subscription);
        dispatcher.start();
        dispatchers.add(dispatcher);
    }

    @Test
    void aPublicationIsAProducerSpanAndItsDeliveryAConsumerSpanOfTheSameTraceCurrentInTheHandler() {
        Map<String, SpanContext> inHandler = new ConcurrentHashMap<>();
        Map<String, String> ids = new ConcurrentHashMap<>();
        subscribe(app("billing", billingTelemetry.telemetry), Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> {
                    inHandler.put(event.customer(), Span.current().getSpanContext());
                    ids.put(event.customer(), context.id());
                }));
        Publisher orders = app("orders", ordersTelemetry.telemetry).events("orders");

        Span request = ordersTelemetry.sdk.getTracer("test").spanBuilder("GET /checkout").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            orders.publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(1, "ann", 10), "1");
        } finally {
            request.end();
        }

        SpanData send = ordersTelemetry.one("send orders");
        assertEquals(SpanKind.PRODUCER, send.getKind());
        assertEquals(request.getSpanContext().getSpanId(), send.getParentSpanId());
        assertEquals("kiln", send.getAttributes().get(AttributeKey.stringKey("messaging.system")));
        assertEquals("orders", send.getAttributes().get(DESTINATION));
        assertEquals("send", send.getAttributes().get(AttributeKey.stringKey("messaging.operation.type")));
        assertEquals("send", send.getAttributes().get(AttributeKey.stringKey("messaging.operation.name")));
        assertEquals("events", send.getAttributes().get(AttributeKey.stringKey("kiln.messaging.destination.kind")));

        SpanData process = billingTelemetry.one("process orders");
        assertEquals(SpanKind.CONSUMER, process.getKind());
        assertEquals(send.getTraceId(), process.getTraceId());
        assertEquals(send.getSpanId(), process.getParentSpanId());
        assertTrue(process.getParentSpanContext().isRemote(), "the parent came through the envelope");
        assertEquals("billing", process.getAttributes().get(GROUP));
        assertEquals("process", process.getAttributes().get(AttributeKey.stringKey("messaging.operation.type")));
        assertEquals(1L, process.getAttributes().get(AttributeKey.longKey("kiln.messaging.attempt")));
        assertEquals("orders.placed", process.getAttributes().get(AttributeKey.stringKey("cloudevents.event_type")));
        assertEquals(ids.get("ann"), process.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));
        assertEquals(ids.get("ann"), send.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));
        assertEquals(StatusCode.UNSET, process.getStatus().getStatusCode());
        assertEquals(process.getSpanContext(), inHandler.get("ann"), "the consumer span is current in the handler");

        Collection<MetricData> published = ordersTelemetry.collect();
        assertEquals(1L, TestTelemetry.value(published, "messaging.client.sent.messages", DESTINATION, "orders"));
        Collection<MetricData> consumed = billingTelemetry.collect();
        assertEquals(1L, TestTelemetry.value(consumed, "kiln.messaging.handled", GROUP, "billing"));
        assertEquals(1L, TestTelemetry.value(consumed, "messaging.process.duration", GROUP, "billing"));
    }

    @Test
    void failedAttemptsAreErrorSpansAndTheLastOneRecordsTheDeadLetter() {
        subscribe(app("billing", billingTelemetry.telemetry), Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> {
                    throw new IllegalStateException("poisoned order " + event.orderId());
                }).retry(new RetryPolicy(2, Duration.ZERO, Duration.ZERO)));
        app("orders", ordersTelemetry.telemetry).events("orders")
                .publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(7, "poison", 1), "7");

        List<SpanData> attempts = billingTelemetry.await("process orders", 2);
        Await.until("the dead letter", Duration.ofSeconds(10),
                () -> transport.operations().deadLetterCount(Destination.events("orders")) == 1);
        assertEquals(List.of(1L, 2L), attempts.stream()
                .map(s -> s.getAttributes().get(AttributeKey.longKey("kiln.messaging.attempt"))).toList());
        for (SpanData attempt : attempts) {
            assertEquals(StatusCode.ERROR, attempt.getStatus().getStatusCode());
            assertEquals("java.lang.IllegalStateException", attempt.getAttributes().get(AttributeKey.stringKey("error.type")));
            assertEquals(ordersTelemetry.one("send orders").getSpanId(), attempt.getParentSpanId());
        }
        assertTrue(attempts.get(0).getEvents().stream().noneMatch(e -> e.getName().equals("kiln.messaging.dead_lettered")));
        assertTrue(attempts.get(1).getEvents().stream().anyMatch(e -> e.getName().equals("kiln.messaging.dead_lettered")));

        Collection<MetricData> metrics = billingTelemetry.collect();
        assertEquals(2L, TestTelemetry.value(metrics, "kiln.messaging.failed", GROUP, "billing"));
        assertEquals(1L, TestTelemetry.value(metrics, "kiln.messaging.retried", GROUP, "billing"));
        assertEquals(1L, TestTelemetry.value(metrics, "kiln.messaging.dead_lettered", GROUP, "billing"));
        assertNull(TestTelemetry.value(metrics, "kiln.messaging.handled", GROUP, "billing"));
        assertEquals(1L, TestTelemetry.value(metrics, "kiln.messaging.dead_letters", DESTINATION, "orders"));
    }

    @Test
    void lagAndOldestPendingAgeAreGaugesOverTheTransportsStatistics() {
        Messaging billing = app("billing", billingTelemetry.telemetry);
        // Declared, not consuming: what is published waits.
        billing.dispatcher().subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                (event, context) -> {}));
        Publisher orders = app("orders", ordersTelemetry.telemetry).events("orders");
        for (int i = 0; i < 3; i++) {
            orders.publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(i, "ann", 1), null);
        }
        Collection<MetricData> metrics = billingTelemetry.collect();
        assertEquals(3L, TestTelemetry.value(metrics, "kiln.messaging.lag", GROUP, "billing"));
        assertEquals(3L, TestTelemetry.value(metrics, "kiln.messaging.pending", GROUP, "billing"));
        assertTrue(TestTelemetry.value(metrics, "kiln.messaging.oldest_pending_age", GROUP, "billing").doubleValue() >= 0);
    }

    @Test
    void withoutTelemetryNothingIsTracedOrCarried() {
        List<String> traceparents = new CopyOnWriteArrayList<>();
        subscribe(app("billing", Telemetry.noop()), Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> traceparents.add(
                        context.traceparent().orElse("none") + " " + Span.current().getSpanContext().isValid())));
        Publisher orders = app("orders", Telemetry.noop()).events("orders");
        Span request = ordersTelemetry.sdk.getTracer("test").spanBuilder("GET /checkout").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            orders.publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(1, "ann", 10), null);
        } finally {
            request.end();
        }
        Await.until("the delivery", Duration.ofSeconds(10), () -> !traceparents.isEmpty());
        assertEquals(List.of("none false"), traceparents);
        assertEquals(List.of("GET /checkout"), ordersTelemetry.spans.getFinishedSpanItems().stream()
                .map(SpanData::getName).toList());
    }
}
