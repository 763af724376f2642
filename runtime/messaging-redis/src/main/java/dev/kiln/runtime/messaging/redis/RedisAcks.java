package dev.kiln.runtime.messaging.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The acknowledgements of one consumer, at most one XACK in flight: an entry whose handler has returned is queued
 * here ({@link #ack}); if no XACK is in flight, the handler's thread sends one at once with every id queued, and
 * when an XACK is answered, Lettuce's I/O thread sends the next with whatever was queued meanwhile. Alone, a message
 * is acknowledged at once; under load, the acks of many handlers share one command (what a hand-written loop does
 * with one XACK per read batch) — with no thread of its own and no hand-off between threads. An id stays in
 * {@code held} — renewed, never reclaimed — until its XACK is answered. Nothing is acknowledged before its handler
 * returned; a crash before the XACK leaves the entry pending, delivered again: at-least-once, as for a crash between
 * handler and acknowledgement.
 */
final class RedisAcks {
    private static final int MAX_IDS = 1_000;
    private static final Duration REDIS_RETRY = Duration.ofMillis(500);

    private final RedisAsyncCommands<String, String> commands;
    private final String stream;
    private final String group;
    private final Set<String> held;
    private final String label;
    private final ScheduledExecutorService scheduler;
    private final ConcurrentLinkedQueue<String> queued = new ConcurrentLinkedQueue<>();
    /** True while an XACK is in flight (or waits to be sent again): its sender owns {@link #queued}'s draining. */
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile boolean abandoned;

    RedisAcks(RedisAsyncCommands<String, String> commands, String stream, String group, Set<String> held, String label,
              ScheduledExecutorService scheduler) {
        this.commands = commands;
        this.stream = stream;
        this.group = group;
        this.held = held;
        this.label = label;
        this.scheduler = scheduler;
    }

    /** Acknowledges entry {@code id} (its handler returned): at once, or with the next XACK if one is in flight. */
    void ack(String id) {
        queued.add(id);
        sendIfIdle();
    }

    /** Waits up to {@code within} for what is queued to be acknowledged: a consumer closing after its handlers. */
    void close(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (this) {
            while ((sending.get() || !queued.isEmpty()) && !abandoned) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    RedisTransport.log(System.Logger.Level.WARNING, label + ": " + queued.size()
                            + " acknowledgement(s) not sent at shutdown; those entries will be delivered again", null);
                    return;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Stops without sending: what is queued stays pending in Redis, as after a crash. */
    void abandon() {
        abandoned = true;
    }

    private void sendIfIdle() {
        // Whoever sets `sending` drains; a sender that finishes clears it and looks again, so no id is left behind.
        while (!abandoned && !queued.isEmpty() && sending.compareAndSet(false, true)) {
            List<String> ids = new ArrayList<>();
            for (String id = queued.poll(); id != null; id = ids.size() < MAX_IDS ? queued.poll() : null) {
                ids.add(id);
            }
            if (!ids.isEmpty()) {
                send(ids);
                return;
            }
            finished();
        }
    }

    private void send(List<String> ids) {
        if (abandoned) {
            finished();
            return;
        }
        RedisFuture<Long> reply;
        try {
            reply = commands.xack(stream, group, ids.toArray(String[]::new));
        } catch (RuntimeException e) {
            failed(ids, e);
            return;
        }
        reply.whenComplete((count, error) -> {
            if (error == null) {
                acknowledged(ids);
            } else {
                failed(ids, error);
            }
        });
    }

    private void acknowledged(List<String> ids) {
        ids.forEach(held::remove);
        finished();
        sendIfIdle();
    }

    private void failed(List<String> ids, Throwable error) {
        if (error instanceof RedisCommandExecutionException) {
            // Redis answered with an error (NOGROUP: it lost the group and these entries with it): nothing to retry.
            RedisTransport.log(System.Logger.Level.WARNING, label + ": XACK of " + ids.size() + " entries refused: "
                    + error.getMessage(), null);
            acknowledged(ids);
            return;
        }
        // Redis away: the entries stay pending (and held, so renewed); acknowledge once it is back.
        try {
            scheduler.schedule(() -> send(ids), REDIS_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            finished();   // the transport is shutting down: the entries stay pending, delivered again
        }
    }

    private void finished() {
        sending.set(false);
        synchronized (this) {
            notifyAll();
        }
    }
}
