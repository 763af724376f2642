package dev.kiln.runtime.messaging.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.BillingDispatcher;
import dev.kiln.runtime.messaging.DeadLetter;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.EmailJob;
import dev.kiln.runtime.messaging.EmailQueue;
import dev.kiln.runtime.messaging.EmailQueuePublisher;
import dev.kiln.runtime.messaging.MessageTransports;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderEvents;
import dev.kiln.runtime.messaging.OrderEventsPublisher;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.Recorder;
import dev.kiln.runtime.messaging.RetryPolicy;
import dev.kiln.runtime.messaging.Subscription;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import dev.kiln.runtime.ratelimit.TestRedis;
import io.lettuce.core.StreamMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Redis Streams transport against a real Redis, through the "as generated" publisher and dispatcher. */
class RedisMessagingTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Destination ORDERS = Destination.events("orders");
    static TestRedis redis;
    RedisFixture fixture;
    final List<BillingDispatcher> dispatchers = new ArrayList<>();

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
        dispatchers.reversed().forEach(BillingDispatcher::stop);
        fixture.close();
    }

    BillingDispatcher started(Messaging messaging, Recorder recorder) {
        BillingDispatcher dispatcher = new BillingDispatcher(messaging, recorder);
        dispatcher.start();
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    @Test
    void theRedisTransportIsFoundThroughItsProvider() {
        MessageTransport transport = MessageTransports.create(KilnConfig.of(Map.of("kiln.messaging.transport", "redis",
                "kiln.messaging.redis.uri", redis.uri())), "billing", Clock.systemUTC());
        try {
            assertEquals("redis", transport.type());
        } finally {
            transport.close();
        }
    }

    @Test
    void twoSubscribingApplicationsEachGetEveryEventOnce() {
        Recorder billing = new Recorder();
        Recorder shipping = new Recorder();
        started(fixture.app("billing"), billing);
        started(fixture.app("shipping"), shipping);
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));

        for (int i = 0; i < 200; i++) {
            events.placed(new OrderPlaced(i, "c", i));
        }

        Await.until("both handled 200", WAIT, () -> billing.handled.size() >= 200 && shipping.handled.size() >= 200);
        Await.until("all acknowledged", WAIT, () -> pendingOf("billing") == 0 && pendingOf("shipping") == 0);
        assertEquals(200, billing.byId.size());
        assertEquals(200, shipping.byId.size());
        assertTrue(billing.byId.values().stream().allMatch(n -> n.get() == 1));
        assertTrue(shipping.byId.values().stream().allMatch(n -> n.get() == 1));
        // The layout: one stream, one group per application, the CloudEvents envelope in one field.
        StreamMessage<String, String> first = redis.inspect().xrange("kiln:events:orders",
                io.lettuce.core.Range.create("-", "+"), io.lettuce.core.Limit.from(1)).getFirst();
        String envelope = first.getBody().get("envelope");
        assertTrue(envelope.startsWith("{\"specversion\":\"1.0\",\"id\":\""), envelope);
        assertTrue(envelope.contains("\"source\":\"/orders\",\"type\":\"orders.placed\""), envelope);
        assertTrue(envelope.contains("\"partitionkey\":\"0\""), envelope);
    }

    @Test
    void instancesOfOneApplicationShareTheWorkAndAQueueMessageGoesToOneHandler() {
        Recorder one = new Recorder();
        Recorder two = new Recorder();
        started(fixture.app("billing"), one);
        started(fixture.app("billing"), two);
        Recorder otherApp = new Recorder();
        started(fixture.app("shipping"), otherApp);   // competes for the queue, not for billing's events
        Messaging orders = fixture.app("orders");
        OrderEvents events = new OrderEventsPublisher(orders);
        EmailQueue emails = new EmailQueuePublisher(orders);

        for (int i = 0; i < 300; i++) {
            events.placed(new OrderPlaced(i, "c", i));
            emails.send(new EmailJob(i, "a@example.com"));
        }

        Await.until("300 events handled by billing", WAIT, () -> one.handled.size() + two.handled.size() >= 300);
        Await.until("300 emails handled", WAIT,
                () -> one.emails.size() + two.emails.size() + otherApp.emails.size() >= 300);
        Await.until("all acknowledged", WAIT, () -> pendingOf("billing") == 0 && pendingOf("shipping") == 0);
        HashSet<String> ids = new HashSet<>(one.byId.keySet());
        ids.addAll(two.byId.keySet());
        assertEquals(300, ids.size());
        assertEquals(300, one.handled.size() + two.handled.size(), "each event handled by one billing instance");
        assertFalse(one.handled.isEmpty(), "both instances work");
        assertFalse(two.handled.isEmpty(), "both instances work");
        List<EmailJob> all = new ArrayList<>(one.emails);
        all.addAll(two.emails);
        all.addAll(otherApp.emails);
        assertEquals(300, all.size(), "each queue message handled once in the whole system");
        assertEquals(300, new HashSet<>(all).size());
        assertEquals(300, otherApp.handled.size(), "shipping still gets every event");
    }

    @Test
    void entriesOfAKilledConsumerAreReclaimedByAnotherAndHandled() {
        Duration claimIdle = Duration.ofMillis(600);
        Recorder stuck = new Recorder();
        stuck.hold = new CountDownLatch(1);   // never released: this instance dies mid-handling
        Messaging dying = fixture.app("billing", claimIdle);
        started(dying, stuck);
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
        for (int i = 0; i < 5; i++) {
            events.placed(new OrderPlaced(i, "slow", i));
        }
        String dyingName = ((RedisTransport) dying.transport()).settings().consumer();
        Await.until("the first instance holds all five", WAIT, () -> pendingOwnedBy("billing", dyingName) == 5);

        Recorder survivor = new Recorder();
        started(fixture.app("billing", claimIdle), survivor);
        // While the first instance lives it renews its entries: nothing is taken from it, even past claim-idle.
        long until = System.nanoTime() + claimIdle.multipliedBy(3).toNanos();
        while (System.nanoTime() < until) {
            assertEquals(0, survivor.handled.size(), "entries of a live consumer are not taken over");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        ((RedisTransport) dying.transport()).abandon();   // a crash: connections gone, nothing acknowledged
        stuck.hold.countDown();                           // its handler threads end; their acks go nowhere

        Await.until("the survivor handled all five", WAIT, () -> survivor.handled.size() == 5);
        Await.until("all acknowledged", WAIT, () -> pendingOf("billing") == 0);
        assertEquals(5, survivor.byId.size());
        assertTrue(survivor.handled.stream().allMatch(h -> h.attempt() == 2), "the second delivery of each");
    }

    @Test
    void aRestartedConsumerDrainsItsOwnPendingEntriesFirstWithoutWaitingForClaimIdle() {
        Duration claimIdle = Duration.ofSeconds(60);
        Recorder stuck = new Recorder();
        stuck.hold = new CountDownLatch(1);
        RedisTransport first = fixture.transport("billing", claimIdle, "billing-0");
        started(fixture.app("billing", first, dev.kiln.runtime.messaging.MessagingSettings.DEFAULTS), stuck);
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
        for (int i = 0; i < 3; i++) {
            events.placed(new OrderPlaced(i, "slow", i));
        }
        Await.until("the first instance holds all three", WAIT, () -> pendingOwnedBy("billing", "billing-0") == 3);
        first.abandon();
        stuck.hold.countDown();

        Recorder restarted = new Recorder();
        RedisTransport second = fixture.transport("billing", claimIdle, "billing-0");   // the same consumer name
        started(fixture.app("billing", second, dev.kiln.runtime.messaging.MessagingSettings.DEFAULTS), restarted);
        Await.until("its own pending entries handled, long before claim-idle", Duration.ofSeconds(10),
                () -> restarted.handled.size() == 3);
        Await.until("all acknowledged", WAIT, () -> pendingOf("billing") == 0);
        assertEquals(List.of(2, 2, 2), restarted.handled.stream().map(Recorder.Handled::attempt).toList(),
                "their second delivery");
    }

    @Test
    void aMessageWhoseConsumersKeepDyingBecomesADeadLetterWithoutBeingHandledAgain() {
        Recorder stuck = new Recorder();
        stuck.hold = new CountDownLatch(1);
        RedisTransport first = fixture.transport("billing", Duration.ofSeconds(60), "billing-0");
        started(fixture.app("billing", first, dev.kiln.runtime.messaging.MessagingSettings.DEFAULTS), stuck);
        new OrderEventsPublisher(fixture.app("orders")).placed(new OrderPlaced(1, "slow", 1));
        Await.until("held by the first instance", WAIT, () -> pendingOwnedBy("billing", "billing-0") == 1);
        first.abandon();
        stuck.hold.countDown();
        // As if it had been delivered three times (@Retry maxAttempts = 3) and each consumer died handling it.
        String id = redis.inspect().xpending("kiln:events:orders", "billing").getMessageIds().getLower().getValue();
        redis.inspect().xclaim("kiln:events:orders", io.lettuce.core.Consumer.from("billing", "billing-0"),
                io.lettuce.core.XClaimArgs.Builder.minIdleTime(0).retryCount(3), id);

        Recorder next = new Recorder();
        RedisTransport second = fixture.transport("billing", Duration.ofSeconds(60), "billing-0");
        Messaging billing = fixture.app("billing", second, dev.kiln.runtime.messaging.MessagingSettings.DEFAULTS);
        started(billing, next);
        Await.until("a dead letter", WAIT, () -> billing.operations().deadLetterCount(ORDERS) == 1);
        assertEquals(0, next.handled.size() + next.failed.size(), "not handed to a handler a fourth time");
        DeadLetter letter = billing.operations().deadLetters(ORDERS, 1).getFirst();
        assertEquals(3, letter.attempts());
        assertTrue(letter.error().contains("without an outcome"), letter.error());
        assertEquals(0, pendingOf("billing"));
    }

    @Test
    void readinessGoesDownWhileAMessageStaysUnacknowledgedPastMaxPendingAge() {
        Recorder recorder = new Recorder();
        recorder.hold = new CountDownLatch(1);
        dev.kiln.runtime.messaging.MessagingSettings settings = new dev.kiln.runtime.messaging.MessagingSettings(
                "redis", Duration.ofMillis(300), 16, 100, Duration.ofSeconds(1));
        Messaging billing = fixture.app("billing", fixture.transport("billing", Duration.ofSeconds(30)), settings);
        started(billing, recorder);
        assertTrue(billing.healthCheck().check().isUp());
        new OrderEventsPublisher(fixture.app("orders")).placed(new OrderPlaced(1, "slow", 1));

        Await.until("DOWN past max-pending-age", WAIT, () -> !billing.healthCheck().check().isUp());
        String reason = billing.healthCheck().check().reason();
        assertTrue(reason.contains("events orders (group 'billing')") && reason.contains("kiln.messaging.max-pending-age"),
                reason);
        recorder.hold.countDown();
        Await.until("UP once handled", WAIT, () -> billing.healthCheck().check().isUp());
    }

    @Test
    void aPoisonMessageLandsInTheDeadLetterStreamAfterExactlyMaxAttemptsWhileHealthyMessagesFlow() {
        Recorder recorder = new Recorder();
        Messaging billing = fixture.app("billing");
        started(billing, recorder);
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
        events.placed(new OrderPlaced(1, "poison", 0));
        for (int i = 0; i < 20; i++) {
            events.placed(new OrderPlaced(100 + i, "healthy", i));
        }

        Await.until("a dead letter", WAIT, () -> redis.inspect().xlen("kiln:events:orders:dlq") == 1);
        Await.until("all acknowledged", WAIT, () -> pendingOf("billing") == 0);
        assertEquals(List.of(1, 2, 3), recorder.failed.stream().map(Recorder.Handled::attempt).toList());
        assertTrue(Recorder.between(recorder.failed.get(0), recorder.failed.get(1)).toMillis() >= 100);
        assertTrue(Recorder.between(recorder.failed.get(1), recorder.failed.get(2)).toMillis() >= 200);
        assertEquals(20, recorder.handledCustomer("healthy"));
        long lastHealthy = recorder.handled.stream().mapToLong(Recorder.Handled::nanos).max().orElseThrow();
        assertTrue(lastHealthy < recorder.failed.get(2).nanos(), "healthy messages did not wait for the poison one");

        StreamMessage<String, String> raw = redis.inspect().xrange("kiln:events:orders:dlq",
                io.lettuce.core.Range.create("-", "+")).getFirst();
        assertEquals("3", raw.getBody().get("attempts"));
        assertEquals("billing", raw.getBody().get("group"));
        assertTrue(raw.getBody().get("error").contains("IllegalStateException: poisoned order 1"), raw.getBody().get("error"));
        assertTrue(raw.getBody().get("envelope").contains("\"id\":\"" + recorder.failed.getFirst().id() + "\""));

        DeadLetter letter = billing.operations().deadLetters(ORDERS, 10).getFirst();
        assertEquals(3, letter.attempts());
        assertEquals(new OrderPlaced(1, "poison", 0), letter.envelope().payload(OrderPlacedJsonCodec.INSTANCE));
        assertEquals(1, billing.operations().stats().stream().filter(s -> s.destination().equals(ORDERS))
                .findFirst().orElseThrow().deadLetters());

        recorder.poisonFixed = true;
        assertEquals(1, billing.operations().replayAll(ORDERS));
        Await.until("the replayed message is handled", WAIT, () -> recorder.handledCustomer("poison") == 1);
        Recorder.Handled replayed = recorder.handled.stream().filter(h -> h.event().customer().equals("poison"))
                .findFirst().orElseThrow();
        assertEquals(1, replayed.attempt(), "attempts start over on replay");
        assertEquals(letter.envelope().id(), replayed.id());
        assertEquals(0L, redis.inspect().xlen("kiln:events:orders:dlq"));
        assertEquals(3, recorder.failed.size());
    }

    @Test
    void aReplayedDeadLetterGoesOnlyToTheGroupItFailedIn() {
        Recorder billing = new Recorder();
        Recorder shipping = new Recorder();
        shipping.poisonFixed = true;            // only billing fails it
        Messaging billingApp = fixture.app("billing");
        started(billingApp, billing);
        started(fixture.app("shipping"), shipping);
        new OrderEventsPublisher(fixture.app("orders")).placed(new OrderPlaced(5, "poison", 0));
        Await.until("billing dead-lettered it", WAIT, () -> billingApp.operations().deadLetterCount(ORDERS) == 1);
        assertEquals(1, shipping.handledCustomer("poison"));

        billing.poisonFixed = true;
        assertEquals(1, billingApp.operations().replayAll(ORDERS));
        Await.until("billing handled the replay", WAIT, () -> billing.handledCustomer("poison") == 1);
        Await.until("all acknowledged", WAIT, () -> pendingOf("billing") == 0 && pendingOf("shipping") == 0);
        assertEquals(1, shipping.handledCustomer("poison"), "shipping does not see the replay");
    }

    @Test
    void orderingKeyOrderHoldsWhileAnotherKeyIsRetried() {
        Recorder recorder = new Recorder();
        Messaging billing = fixture.app("billing");
        var dispatcher = billing.dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, recorder::on).retry(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1))));
        dispatcher.start();
        try {
            OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
            events.placed(new OrderPlaced(7, "flaky-2", 1));
            events.placed(new OrderPlaced(7, "ok", 2));
            events.placed(new OrderPlaced(7, "ok", 3));
            for (int i = 0; i < 30; i++) {
                events.placed(new OrderPlaced(1000 + i, "other", i));
            }
            Await.until("all handled", WAIT, () -> recorder.handled.size() == 33);
            List<Recorder.Handled> seven = recorder.handled.stream().filter(h -> h.event().orderId() == 7).toList();
            assertEquals(List.of(1, 2, 3), seven.stream().map(h -> h.event().line()).toList(), "key 7 in order");
            assertEquals(3, seven.getFirst().attempt());
            long firstOfSevenDone = seven.getFirst().nanos();
            assertTrue(recorder.handled.stream().filter(h -> h.event().customer().equals("other"))
                    .allMatch(h -> h.nanos() < firstOfSevenDone), "other keys were not held back");
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void trimmingNeverDropsWhatAGroupHasNotAcknowledged() {
        Recorder billing = new Recorder();
        Messaging billingApp = fixture.app("billing");
        started(billingApp, billing);
        Messaging shippingApp = fixture.app("shipping");
        Recorder shipping = new Recorder();
        BillingDispatcher late = new BillingDispatcher(shippingApp, shipping);   // declared, not yet consuming
        dispatchers.add(late);
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
        for (int i = 0; i < 50; i++) {
            events.placed(new OrderPlaced(i, "c", i));
        }
        Await.until("billing handled all", WAIT, () -> billing.handled.size() == 50 && pendingOf("billing") == 0);
        RedisTransport transport = (RedisTransport) billingApp.transport();

        assertEquals(0L, trim(transport), "shipping has read nothing: nothing may go");
        assertEquals(50L, redis.inspect().xlen("kiln:events:orders"));

        late.start();
        Await.until("shipping handled all", WAIT, () -> shipping.handled.size() == 50 && pendingOf("shipping") == 0);
        assertEquals(49L, trim(transport), "everything below the last delivered entry, which both acknowledged");
        assertEquals(1L, redis.inspect().xlen("kiln:events:orders"));
    }

    static long trim(RedisTransport transport) {
        Long removed = transport.eval(RedisScripts.TRIM, io.lettuce.core.ScriptOutputType.INTEGER,
                new String[] {"kiln:events:orders"});
        return removed;
    }

    static long pendingOf(String group) {
        return redis.inspect().xpending("kiln:events:orders", group).getCount();
    }

    static long pendingOwnedBy(String group, String consumer) {
        Long count = redis.inspect().xpending("kiln:events:orders", group).getConsumerMessageCount().get(consumer);
        return count == null ? 0 : count;
    }
}
