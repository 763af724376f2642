package dev.kiln.runtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What makes the in-process transport fast, held to its promises: the payload object travels without JSON, which
 * is written only when something needs bytes; a single-threaded subscriber drains its ring through a full buffer
 * without losing, repeating or reordering a message.
 */
class InProcessDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final List<Runnable> closing = new ArrayList<>();
    private InMemoryTransport transport;

    @AfterEach
    void close() {
        closing.reversed().forEach(Runnable::run);
        transport.close();
    }

    private Messaging app(String name) {
        return Messaging.create(transport, name, MessagingSettings.DEFAULTS, Clock.systemUTC());
    }

    private Dispatcher started(Dispatcher dispatcher) {
        dispatcher.start();
        closing.add(dispatcher::stop);
        return dispatcher;
    }

    @Test
    void theSubscriberGetsThePublishedObjectAndJsonIsWrittenOnlyForTheDeadLetter() {
        transport = new InMemoryTransport(100, Duration.ofSeconds(5), Clock.systemUTC());
        CountingCodec codec = new CountingCodec();
        List<OrderPlaced> received = new CopyOnWriteArrayList<>();
        Messaging billing = app("billing");
        started(billing.dispatcher().subscribe(Subscription.events("orders", "placed", codec, (event, context) -> {
            received.add(event);
            if (event.customer().equals("poison")) {
                throw new IllegalStateException("poisoned");
            }
        }).retry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO))));
        Publisher orders = app("orders").events("orders");
        OrderPlaced healthy = new OrderPlaced(1, "ann", 1);
        OrderPlaced poison = new OrderPlaced(2, "poison", 1);

        orders.publish("placed", codec, healthy);
        orders.publish("placed", codec, poison);

        Destination destination = Destination.events("orders");
        Await.until("the poison message is a dead letter", WAIT, () -> billing.operations().deadLetterCount(destination) == 1);
        Await.until("both messages handled", WAIT, () -> received.size() == 2);
        // Handled concurrently (16 at a time by default): in either order, each the published object itself.
        assertTrue(received.stream().anyMatch(r -> r == healthy), "in process the handler gets the published object itself");
        assertTrue(received.stream().anyMatch(r -> r == poison));
        assertEquals(0, codec.writes.get(), "no JSON for messages handled in process");
        assertEquals(0, codec.reads.get());

        Envelope letter = billing.operations().deadLetters(destination, 10).getFirst().envelope();
        String json = new String(EnvelopeCodec.encode(letter), StandardCharsets.UTF_8);
        assertEquals(1, codec.writes.get(), "the dead letter's JSON, written when it was asked for");
        assertTrue(json.contains("\"data\":{\"orderId\":2,\"customer\":\"poison\",\"line\":1}"), json);
        assertTrue(json.contains("\"id\":\"" + letter.id() + "\""), json);
        assertEquals(7, UUID.fromString(letter.id()).version());
        EnvelopeCodec.encode(letter);
        assertEquals(1, codec.writes.get(), "written once");
    }

    @Test
    void aSubscriberWithAnotherCodecReadsItsOwnCopyFromJson() {
        transport = new InMemoryTransport(100, Duration.ofSeconds(5), Clock.systemUTC());
        CountingCodec subscriberCodec = new CountingCodec();
        List<OrderPlaced> received = new CopyOnWriteArrayList<>();
        started(app("billing").dispatcher().subscribe(Subscription.events("orders", "placed", subscriberCodec,
                (event, context) -> received.add(event))));
        OrderPlaced published = new OrderPlaced(3, "bo", 2);

        app("orders").events("orders").publish("placed", OrderPlacedJsonCodec.INSTANCE, published);

        Await.until("handled", WAIT, () -> received.size() == 1);
        assertNotSame(published, received.getFirst());
        assertEquals(published, received.getFirst());
        assertEquals(1, subscriberCodec.reads.get(), "read from the publisher's JSON by the subscriber's codec");
    }

    @Test
    void aSingleThreadedSubscriberGetsEveryMessageOnceAndInOrderThroughAFullBuffer() {
        transport = new InMemoryTransport(64, Duration.ofSeconds(30), Clock.systemUTC());
        int count = 20_000;   // the ring (64 slots) wraps 300 times; the publishers keep finding the buffer full
        List<Integer> lines = new ArrayList<>(count);   // one handler thread at a time: no lock needed
        AtomicInteger handled = new AtomicInteger();
        started(app("billing").dispatcher().subscribe(Subscription.events("orders", "placed",
                OrderPlacedJsonCodec.INSTANCE, (event, context) -> {
                    lines.add(event.line());
                    handled.incrementAndGet();
                }).concurrency(1)));
        Publisher orders = app("orders").events("orders");

        for (int i = 0; i < count; i++) {
            orders.publish("placed", OrderPlacedJsonCodec.INSTANCE, new OrderPlaced(i, "c", i));   // no key
        }

        Await.until(() -> "all handled: " + handled.get(), WAIT, () -> handled.get() == count);
        Await.until("nothing pending", WAIT, () -> transport.operations().groupStats(Destination.events("orders"),
                "billing").orElseThrow().pending() == 0);
        for (int i = 0; i < count; i++) {
            assertEquals(i, lines.get(i), "message " + i + ": each once, in publication order");
        }
    }
}
