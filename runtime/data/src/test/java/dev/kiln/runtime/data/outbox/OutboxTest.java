package dev.kiln.runtime.data.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.RollbackRules;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderEventsPublisher;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.Subscription;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a real database (H2) with the in-process transport: a publication inside a transaction is sent
 * only once it commits, never when it rolls back; outside a transaction it is published at once.
 */
class OutboxTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private Database database;
    private Messaging messaging;
    private OutboxRelay relay;
    private Dispatcher dispatcher;
    private OrderEventsPublisher orders;
    private final List<OrderPlaced> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        KilnConfig config = KilnConfig.of(Map.of(
                "kiln.datasource.url", "jdbc:h2:mem:outbox-" + DATABASES.incrementAndGet()
                        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "kiln.datasource.migrate", "false",
                "kiln.outbox.interval", "20ms"));
        database = Database.create(config);
        database.start();
        messaging = Messaging.create(config, "orders");
        relay = new OutboxRelay(database, messaging, OutboxSettings.from(config));
        dispatcher = messaging.dispatcher();
        dispatcher.subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                (event, context) -> received.add(event)));
        orders = new OrderEventsPublisher(messaging);
        relay.start();
        dispatcher.start();
    }

    @AfterEach
    void stop() {
        relay.stop();
        messaging.stop();
        database.stop();
    }

    @Test
    void aPublicationInsideATransactionIsSentOnlyAfterItCommits() {
        Transaction transaction = database.transactions().begin(Transactional.TxType.REQUIRED);
        try {
            orders.placed(new OrderPlaced(1, "ada", 1));
            assertEquals(1, relay.pending(), "written to kiln_outbox in the transaction");
            assertTrue(received.isEmpty(), "nothing is sent before the commit");
            transaction.commit();
        } finally {
            transaction.close();
        }

        Await.until("the committed publication is delivered", WITHIN, () -> received.size() == 1);
        assertEquals(new OrderPlaced(1, "ada", 1), received.getFirst());
        Await.until("its outbox row is deleted", WITHIN, () -> relay.pending() == 0);
    }

    @Test
    void aRolledBackPublicationIsNeverSent() {
        Transaction transaction = database.transactions().begin(Transactional.TxType.REQUIRED);
        try {
            orders.placed(new OrderPlaced(2, "rolled-back", 1));
            transaction.fail(new IllegalStateException("payment refused"), RollbackRules.DEFAULT);
        } finally {
            transaction.close();
        }
        // The relay sends in id order: once a later committed publication arrives, the rolled-back one had its chance.
        Transaction later = database.transactions().begin(Transactional.TxType.REQUIRED);
        try {
            orders.placed(new OrderPlaced(3, "committed", 1));
            later.commit();
        } finally {
            later.close();
        }

        Await.until("the later committed publication is delivered", WITHIN, () -> !received.isEmpty());
        assertEquals(List.of(new OrderPlaced(3, "committed", 1)), received);
        // The relay deletes a row in the transaction that sent it: the subscriber may have it before that commits.
        Await.until("the outbox is empty", WITHIN, () -> relay.pending() == 0);
        assertEquals(List.of(new OrderPlaced(3, "committed", 1)), received, "and the rolled-back one never came");
    }

    @Test
    void aPublicationOutsideATransactionIsPublishedAtOnceWithoutTheOutbox() {
        assertFalse(database.transactions().active());

        orders.placed(new OrderPlaced(4, "direct", 1));

        assertEquals(0, relay.pending(), "no outbox row outside a transaction");
        Await.until("the publication is delivered", WITHIN, () -> received.size() == 1);
    }
}
