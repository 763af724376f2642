package dev.kiln.runtime.data.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderEventsPublisher;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.Subscription;
import dev.kiln.runtime.messaging.TestTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Through the outbox, the trace goes on: the row keeps the publishing request's context, the relay sends the envelope
 * as it was stored, and the relay's own looks at the table (every 20 ms here, each in a transaction) start no trace.
 */
class OutboxTelemetryTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final TestTelemetry telemetry = new TestTelemetry();
    private final KilnConfig config = KilnConfig.of(Map.of(
            "kiln.datasource.url", "jdbc:h2:mem:outbox-telemetry-" + DATABASES.incrementAndGet()
                    + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
            "kiln.datasource.migrate", "false",
            "kiln.outbox.interval", "20ms"));
    private final Database database = Database.create(config, telemetry.telemetry);
    private final Messaging messaging = Messaging.create(config, "orders");
    private OutboxRelay relay;
    private Dispatcher dispatcher;

    @AfterEach
    void stop() {
        dispatcher.stop();
        relay.stop();
        messaging.stop();
        database.stop();
        telemetry.close();
    }

    @Test
    void theRelaysSendKeepsThePublishingRequestsTrace() {
        database.start();
        messaging.telemetry(telemetry.telemetry);
        relay = new OutboxRelay(database, messaging, OutboxSettings.from(config));
        dispatcher = messaging.dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> {}));
        OrderEventsPublisher orders = new OrderEventsPublisher(messaging);
        relay.start();
        dispatcher.start();
        Await.until("the relay looked a few times", Duration.ofSeconds(10), () -> relay.pending() == 0);

        Span request = telemetry.sdk.getTracer("test").spanBuilder("POST /orders").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            Transaction transaction = database.transactions().begin(Transactional.TxType.REQUIRED);
            try {
                orders.placed(new OrderPlaced(1, "ada", 1));
                transaction.commit();
            } finally {
                transaction.close();
            }
        } finally {
            request.end();
        }

        SpanData process = telemetry.one("process orders");
        SpanData send = telemetry.one("send orders");
        SpanData insert = telemetry.one("INSERT kiln_outbox");
        SpanData transaction = telemetry.one("transaction");
        String trace = request.getSpanContext().getTraceId();
        assertEquals(request.getSpanContext().getSpanId(), transaction.getParentSpanId());
        assertEquals(SpanKind.INTERNAL, transaction.getKind());
        assertEquals("commit", transaction.getAttributes().get(AttributeKey.stringKey("kiln.transaction.outcome")));
        assertEquals(transaction.getSpanId(), send.getParentSpanId(), "published inside the transaction");
        assertEquals(send.getSpanId(), insert.getParentSpanId(), "the row is written inside the PRODUCER span");
        assertEquals(SpanKind.CLIENT, insert.getKind());
        assertEquals(send.getSpanId(), process.getParentSpanId(), "the relay sent the stored context");
        assertEquals(trace, process.getTraceId());
        List<SpanData> all = telemetry.spans.getFinishedSpanItems();
        assertTrue(all.stream().allMatch(s -> s.getTraceId().equals(trace)),
                "no other trace: the relay's looks make no spans; " + all);
    }
}
