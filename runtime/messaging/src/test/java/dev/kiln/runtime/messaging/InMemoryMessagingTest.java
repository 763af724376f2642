package dev.kiln.runtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.health.HealthResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process transport through the "as generated" publisher and dispatcher. */
class InMemoryMessagingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final List<AutoCloseable> closing = new ArrayList<>();
    private InMemoryTransport transport;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
        if (transport != null) {
            transport.close();
        }
    }

    private Messaging app(String name, Clock clock, MessagingSettings settings) {
        return Messaging.create(transport, name, settings, clock);
    }

    private Messaging app(String name) {
        return app(name, Clock.systemUTC(), MessagingSettings.DEFAULTS);
    }

    private BillingDispatcher started(Messaging messaging, Recorder recorder) {
        BillingDispatcher dispatcher = new BillingDispatcher(messaging, recorder);
        dispatcher.start();
        closing.add(dispatcher::stop);
        return dispatcher;
    }

    @Test
    void eventsFanOutToEverySubscribingApplicationOnce() {
        transport = new InMemoryTransport(1000, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder billing = new Recorder();
        Recorder shipping = new Recorder();
        started(app("billing"), billing);
        started(app("shipping"), shipping);
        OrderEvents events = new OrderEventsPublisher(app("orders"));

        for (int i = 0; i < 200; i++) {
            events.placed(new OrderPlaced(i, "c", i));
        }

        Await.until("both applications handled 200", WAIT,
                () -> billing.handled.size() >= 200 && shipping.handled.size() >= 200);
        awaitDrained(Destination.events("orders"));
        assertEquals(200, billing.handled.size());
        assertEquals(200, shipping.handled.size());
        assertEquals(billing.byId.keySet(), shipping.byId.keySet());
        assertTrue(billing.byId.values().stream().allMatch(n -> n.get() == 1), "each event once per application");
        assertTrue(shipping.byId.values().stream().allMatch(n -> n.get() == 1), "each event once per application");
    }

    @Test
    void aQueueMessageGoesToExactlyOneConsumer() {
        transport = new InMemoryTransport(1000, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        started(app("billing"), first);
        started(app("shipping"), second);
        EmailQueue emails = new EmailQueuePublisher(app("orders"));

        for (int i = 0; i < 300; i++) {
            emails.send(new EmailJob(i, "a@example.com"));
        }

        Await.until("300 emails handled", WAIT, () -> first.emails.size() + second.emails.size() >= 300);
        awaitDrained(Destination.queue("emails"));
        List<EmailJob> all = new ArrayList<>(first.emails);
        all.addAll(second.emails);
        assertEquals(300, all.size(), "each message handled by one consumer only");
        assertEquals(300, new HashSet<>(all).size());
        assertFalse(first.emails.isEmpty(), "both consumers compete");
        assertFalse(second.emails.isEmpty(), "both consumers compete");
    }

    @Test
    void aFullBufferBlocksThePublisherAndDropsNothing() throws Exception {
        transport = new InMemoryTransport(3, Duration.ofSeconds(30), Clock.systemUTC());
        Recorder recorder = new Recorder();
        recorder.hold = new CountDownLatch(1);
        started(app("billing"), recorder);
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        for (int i = 0; i < 3; i++) {
            events.placed(new OrderPlaced(i, "slow", i));
        }

        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread publisher = Thread.ofPlatform().start(() -> {
            try {
                events.placed(new OrderPlaced(3, "slow", 3));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Await.until("the fourth publish waits for room", WAIT,
                () -> publisher.getState() == Thread.State.TIMED_WAITING || publisher.getState() == Thread.State.WAITING);
        assertTrue(publisher.isAlive(), "the publisher is held back while the buffer is full");
        assertEquals(3, groupStats(Destination.events("orders"), "billing").pending());

        recorder.hold.countDown();
        publisher.join(WAIT.toMillis());
        assertFalse(publisher.isAlive());
        assertEquals(null, failure.get());
        Await.until("all four handled", WAIT, () -> recorder.handled.size() == 4);
        assertEquals(Set.of(0, 1, 2, 3), recorder.handled.stream().map(h -> h.event().line()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPublishThatFindsNoRoomInTimeIsRefusedNotDropped() {
        transport = new InMemoryTransport(1, Duration.ofMillis(100), Clock.systemUTC());
        Recorder recorder = new Recorder();
        recorder.hold = new CountDownLatch(1);
        started(app("billing"), recorder);
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        events.placed(new OrderPlaced(1, "slow", 1));

        MessageNotAcceptedException refused = assertThrows(MessageNotAcceptedException.class,
                () -> events.placed(new OrderPlaced(2, "slow", 2)));
        assertTrue(refused.getMessage().contains("kiln.messaging.memory.capacity"), refused.getMessage());
        assertEquals(Destination.events("orders"), refused.destination());

        recorder.hold.countDown();
        Await.until("the accepted message is handled", WAIT, () -> recorder.handled.size() == 1);
        assertEquals(1, recorder.handled.getFirst().event().line());
    }

    @Test
    void aPoisonMessageIsRetriedWithBackoffThenDeadLetteredWhileHealthyMessagesFlow() {
        transport = new InMemoryTransport(1000, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder recorder = new Recorder();
        Messaging billing = app("billing");
        started(billing, recorder);
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        Destination orders = Destination.events("orders");

        events.placed(new OrderPlaced(1, "poison", 0));
        for (int i = 0; i < 20; i++) {
            events.placed(new OrderPlaced(100 + i, "healthy", i));
        }

        Await.until("the poison message is a dead letter", WAIT, () -> billing.operations().deadLetterCount(orders) == 1);
        awaitDrained(orders);
        // @Retry(maxAttempts = 3, backoff = "100ms"): exactly three attempts, 100ms then 200ms apart.
        assertEquals(List.of(1, 2, 3), recorder.failed.stream().map(Recorder.Handled::attempt).toList());
        assertTrue(Recorder.between(recorder.failed.get(0), recorder.failed.get(1)).toMillis() >= 100);
        assertTrue(Recorder.between(recorder.failed.get(1), recorder.failed.get(2)).toMillis() >= 200);
        assertEquals(20, recorder.handledCustomer("healthy"));
        long lastHealthy = recorder.handled.stream().mapToLong(Recorder.Handled::nanos).max().orElseThrow();
        assertTrue(lastHealthy < recorder.failed.get(2).nanos(), "healthy messages did not wait for the poison one");

        DeadLetter letter = billing.operations().deadLetters(orders, 10).getFirst();
        assertEquals(3, letter.attempts());
        assertEquals("billing", letter.group());
        assertEquals("orders.placed", letter.envelope().type());
        assertEquals("/orders", letter.envelope().source());
        assertEquals(recorder.failed.getFirst().id(), letter.envelope().id());
        assertTrue(letter.error().contains("IllegalStateException: poisoned order 1"), letter.error());

        recorder.poisonFixed = true;
        assertEquals(1, billing.operations().replayAll(orders));
        Await.until("the replayed message is handled", WAIT, () -> recorder.handledCustomer("poison") == 1);
        Recorder.Handled replayed = recorder.handled.stream().filter(h -> h.event().customer().equals("poison"))
                .findFirst().orElseThrow();
        assertEquals(1, replayed.attempt(), "attempts start over on replay");
        assertEquals(letter.envelope().id(), replayed.id(), "a replay keeps the CloudEvents id");
        assertEquals(0, billing.operations().deadLetterCount(orders));
        assertEquals(3, recorder.failed.size(), "no attempt after the dead letter");
    }

    @Test
    void replayOneAndPurge() {
        transport = new InMemoryTransport(1000, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder recorder = new Recorder();
        Messaging billing = app("billing");
        started(billing, recorder);
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        Destination orders = Destination.events("orders");
        events.placed(new OrderPlaced(1, "poison", 1));
        events.placed(new OrderPlaced(2, "poison", 2));
        Await.until("two dead letters", WAIT, () -> billing.operations().deadLetterCount(orders) == 2);

        recorder.poisonFixed = true;
        DeadLetter first = billing.operations().deadLetters(orders, 10).getFirst();
        assertTrue(billing.operations().replay(orders, first.id()));
        assertFalse(billing.operations().replay(orders, first.id()), "gone from the dead letters");
        assertFalse(billing.operations().replay(orders, "not-a-dead-letter"), "an id of another shape is not found");
        assertTrue(billing.operations().deadLetter(orders, "x").isEmpty(), "nor shown");
        Await.until("the replayed one is handled", WAIT, () -> recorder.handledCustomer("poison") == 1);
        assertEquals(first.envelope().id(), recorder.handled.getFirst().id());
        assertEquals(1, billing.operations().purgeDeadLetters(orders));
        assertEquals(0, billing.operations().deadLetterCount(orders));
    }

    @Test
    void orderingKeyOrderHoldsWhileAnotherKeyIsRetried() {
        transport = new InMemoryTransport(1000, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder recorder = new Recorder();
        Messaging billing = app("billing");
        billing.dispatcher().subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                        recorder::on).retry(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1))))
                .start();
        OrderEvents events = new OrderEventsPublisher(app("orders"));

        // Key 7: its first message fails twice (retried 100ms, then 200ms later); its next ones must wait for it.
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
                        .allMatch(h -> h.nanos() < firstOfSevenDone),
                "other keys were not held back while key 7 was retried");
        billing.stop();
    }

    @Test
    void aSubscriptionsConcurrencyBoundsItsHandlersInFlight() {
        transport = new InMemoryTransport(1000, Duration.ofSeconds(5), Clock.systemUTC());
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Dispatcher dispatcher = app("billing").dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(5);
                    inFlight.decrementAndGet();
                    done.incrementAndGet();
                }).concurrency(3));
        dispatcher.start();
        closing.add(dispatcher::stop);
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        for (int i = 0; i < 60; i++) {
            events.placed(new OrderPlaced(i, "c", i));   // 60 keys: nothing serializes them but the concurrency
        }
        Await.until("all handled", WAIT, () -> done.get() == 60);
        assertEquals(3, most.get(), "at most, and at some point exactly, 3 at once");
    }

    @Test
    void whatAStoppedConsumerHadNotFinishedGoesToTheGroupsOtherConsumer() throws Exception {
        transport = new InMemoryTransport(100, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder first = new Recorder();
        first.hold = new CountDownLatch(1);
        Recorder second = new Recorder();
        Dispatcher leaving = app("billing").dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, first::on).concurrency(1));
        leaving.start();
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        for (int i = 0; i < 6; i++) {
            events.placed(new OrderPlaced(i, "slow", i));
        }
        Await.until("one running, five waiting behind it", WAIT,
                () -> groupStats(Destination.events("orders"), "billing").lag() == 5);
        Dispatcher staying = app("billing").dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, second::on));
        staying.start();
        closing.add(staying::stop);

        Thread stopper = Thread.ofPlatform().start(leaving::stop);
        Await.until("the stop waits for the running handler", WAIT,
                () -> stopper.getState() == Thread.State.TIMED_WAITING || stopper.getState() == Thread.State.WAITING);
        first.hold.countDown();
        stopper.join(WAIT.toMillis());

        Await.until("all six handled", WAIT, () -> first.handled.size() + second.handled.size() == 6);
        awaitDrained(Destination.events("orders"));
        assertEquals(1, first.handled.size(), "the one it was running");
        assertEquals(5, second.handled.size(), "the five it had not started");
    }

    @Test
    void readinessGoesDownWhenTheOldestPendingMessageIsTooOld() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
        transport = new InMemoryTransport(100, Duration.ofSeconds(5), clock);
        MessagingSettings settings = new MessagingSettings("memory", Duration.ofMinutes(1), 4, 100, Duration.ofSeconds(5));
        Recorder recorder = new Recorder();
        recorder.hold = new CountDownLatch(1);
        Messaging billing = app("billing", clock, settings);
        started(billing, recorder);
        new OrderEventsPublisher(app("orders", clock, settings)).placed(new OrderPlaced(1, "slow", 1));
        Await.until("the message is being handled", WAIT,
                () -> groupStats(Destination.events("orders"), "billing").lag() == 0);

        assertTrue(billing.healthCheck().check().isUp());
        clock.advance(Duration.ofSeconds(61));
        HealthResult down = billing.healthCheck().check();
        assertFalse(down.isUp());
        assertTrue(down.reason().contains("kiln.messaging.max-pending-age"), down.reason());
        assertTrue(down.reason().contains("events orders (group 'billing')"), down.reason());
        assertEquals(61_000L, down.data().get("oldestPendingMillis"));

        recorder.hold.countDown();
        Await.until("handled", WAIT, () -> recorder.handled.size() == 1);
        Await.until("UP again", WAIT, () -> billing.healthCheck().check().isUp());
    }

    @Test
    void messagesPublishedBeforeTheDispatcherStartsAreKept() {
        transport = new InMemoryTransport(100, Duration.ofSeconds(5), Clock.systemUTC());
        Recorder recorder = new Recorder();
        BillingDispatcher dispatcher = new BillingDispatcher(app("billing"), recorder);   // subscribes: groups declared
        closing.add(dispatcher::stop);
        OrderEvents events = new OrderEventsPublisher(app("orders"));
        events.placed(new OrderPlaced(1, "early", 1));
        new EmailQueuePublisher(app("orders")).send(new EmailJob(1, "x@example.com"));
        assertEquals(1, groupStats(Destination.events("orders"), "billing").lag());

        dispatcher.start();
        Await.until("both handled", WAIT, () -> recorder.handled.size() == 1 && recorder.emails.size() == 1);
    }

    private GroupStats groupStats(Destination destination, String group) {
        return transport.operations().stats().stream().filter(s -> s.destination().equals(destination))
                .flatMap(s -> s.groups().stream()).filter(g -> g.group().equals(group)).findFirst().orElseThrow();
    }

    private void awaitDrained(Destination destination) {
        Await.until(() -> "nothing pending on " + destination + ": " + transport.operations().stats(), WAIT,
                () -> transport.operations().stats().stream().filter(s -> s.destination().equals(destination))
                        .flatMap(s -> s.groups().stream()).allMatch(g -> g.pending() == 0));
    }
}
