package dev.kiln.runtime.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A subscriber class of the tests: records every delivery; a customer named {@code poison} always fails,
 * {@code flaky-N} fails its first N attempts, {@code slow} waits for {@link #release} when held.
 */
public final class Recorder {
    /** One handled call. */
    public record Handled(OrderPlaced event, String id, int attempt, long nanos, String thread) {}

    public final List<Handled> handled = new CopyOnWriteArrayList<>();
    public final List<Handled> failed = new CopyOnWriteArrayList<>();
    public final Map<String, AtomicInteger> byId = new ConcurrentHashMap<>();
    public final List<EmailJob> emails = new CopyOnWriteArrayList<>();
    public volatile java.util.concurrent.CountDownLatch hold;
    public volatile boolean poisonFixed;

    public void on(OrderPlaced event, MessageContext context) throws InterruptedException {
        Handled call = new Handled(event, context.id(), context.attempt(), System.nanoTime(), Thread.currentThread().toString());
        java.util.concurrent.CountDownLatch latch = hold;
        if (latch != null && event.customer().equals("slow")) {
            latch.await();
        }
        if (event.customer().equals("poison") && !poisonFixed) {
            failed.add(call);
            throw new IllegalStateException("poisoned order " + event.orderId());
        }
        if (event.customer().startsWith("flaky-") && context.attempt() <= Integer.parseInt(event.customer().substring(6))) {
            failed.add(call);
            throw new IllegalStateException("flaky order " + event.orderId() + " attempt " + context.attempt());
        }
        handled.add(call);
        byId.computeIfAbsent(context.id(), k -> new AtomicInteger()).incrementAndGet();
    }

    public void send(EmailJob job) {
        emails.add(job);
    }

    public long handledCustomer(String customer) {
        return handled.stream().filter(h -> h.event().customer().equals(customer)).count();
    }

    public static Duration between(Handled a, Handled b) {
        return Duration.ofNanos(b.nanos() - a.nanos());
    }

    static Instant now() {
        return Instant.now();
    }
}
