package dev.kiln.runtime.messaging.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.RetryPolicy;
import dev.kiln.runtime.messaging.Subscription;
import dev.kiln.runtime.messaging.TestTelemetry;
import dev.kiln.runtime.ratelimit.TestRedis;
import io.lettuce.core.StreamMessage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Producer → consumer over Redis Streams in one trace: two applications with an SDK each, a real Redis between
 * them; the context crosses in the stored CloudEvents envelope ({@code traceparent}), nothing else.
 */
class RedisTelemetryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestRedis redis;
    private RedisFixture fixture;
    private final TestTelemetry orders = new TestTelemetry();
    private final TestTelemetry billing = new TestTelemetry();
    private Dispatcher dispatcher;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void clean() {
        redis.inspect().flushall();
        fixture = new RedisFixture(redis);
    }

    @AfterEach
    void close() {
        if (dispatcher != null) {
            dispatcher.stop();
        }
        fixture.close();
        orders.close();
        billing.close();
    }

    @Test
    void theConsumerSpanIsTheChildOfTheProducerSpanAcrossRedis() {
        Messaging consumer = fixture.app("billing");
        consumer.telemetry(billing.telemetry);
        dispatcher = consumer.dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> {
                    if (event.customer().equals("poison")) {
                        throw new IllegalArgumentException("poisoned");
                    }
                }).retry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO)));
        dispatcher.start();
        Messaging producer = fixture.app("orders");
        producer.telemetry(orders.telemetry);

        Span request = orders.sdk.getTracer("test").spanBuilder("POST /orders").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            producer.events("orders").publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(1, "ann", 5), "1");
        } finally {
            request.end();
        }

        SpanData send = orders.one("send orders");
        assertEquals(SpanKind.PRODUCER, send.getKind());
        assertEquals("redis", send.getAttributes().get(AttributeKey.stringKey("messaging.system")));
        assertEquals(request.getSpanContext().getSpanId(), send.getParentSpanId());
        List<StreamMessage<String, String>> stored = redis.inspect().xrange(Destination.events("orders").stream(),
                io.lettuce.core.Range.create("-", "+"));
        assertTrue(stored.getFirst().getBody().values().stream().anyMatch(v -> v.contains("\"traceparent\":\"00-"
                + send.getTraceId() + "-" + send.getSpanId() + "-")), "the envelope in the stream carries it: " + stored);

        SpanData process = billing.one("process orders");
        assertEquals(SpanKind.CONSUMER, process.getKind());
        assertEquals(request.getSpanContext().getTraceId(), process.getTraceId(), "one trace across Redis");
        assertEquals(send.getSpanId(), process.getParentSpanId());
        assertEquals("redis", process.getAttributes().get(AttributeKey.stringKey("messaging.system")));
        assertEquals("billing", process.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")));
        assertEquals(send.getAttributes().get(AttributeKey.stringKey("messaging.message.id")),
                process.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));

        producer.events("orders").publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(2, "poison", 5), "2");
        SpanData failed = billing.await("process orders", 2).get(1);
        assertEquals(StatusCode.ERROR, failed.getStatus().getStatusCode());
        assertEquals("java.lang.IllegalArgumentException", failed.getAttributes().get(AttributeKey.stringKey("error.type")));
        assertTrue(failed.getEvents().stream().anyMatch(e -> e.getName().equals("kiln.messaging.dead_lettered")));
        Await.until("the dead letter", WAIT, () -> consumer.operations().deadLetterCount(Destination.events("orders")) == 1);
        assertEquals(1L, TestTelemetry.value(billing.collect(), "kiln.messaging.dead_letters",
                AttributeKey.stringKey("messaging.destination.name"), "orders"));
    }
}
