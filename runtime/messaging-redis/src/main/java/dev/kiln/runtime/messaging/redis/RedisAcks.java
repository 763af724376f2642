package dev.kiln.runtime.messaging.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The acknowledgements of one consumer, sent by one thread: an entry whose handler has returned is queued here
 * ({@link #ack}), and each XACK takes every id queued meanwhile. Alone, a message is acknowledged at once, as
 * before; under load, the acks of many handlers share one command (what a hand-written loop does with one XACK
 * per read batch) instead of one round trip each. An id stays in {@code held} — renewed, never reclaimed — until
 * its XACK is answered. Nothing is acknowledged before its handler returned; a crash before the XACK leaves the
 * entry pending, delivered again: at-least-once, as for a crash between handler and acknowledgement.
 */
final class RedisAcks {
    private static final int MAX_IDS = 1_000;
    private static final Duration REDIS_RETRY = Duration.ofMillis(500);

    private final RedisCommands<String, String> commands;
    private final String stream;
    private final String group;
    private final Set<String> held;
    private final String label;
    private final LinkedBlockingQueue<String> queued = new LinkedBlockingQueue<>();
    private volatile boolean accepting = true;
    private final Thread sender;

    RedisAcks(RedisCommands<String, String> commands, String stream, String group, Set<String> held, String label) {
        this.commands = commands;
        this.stream = stream;
        this.group = group;
        this.held = held;
        this.label = label;
        this.sender = Thread.ofVirtual().name(label + "-acks").start(this::send);
    }

    /** Acknowledges entry {@code id} (its handler returned): soon, with whatever else is queued. */
    void ack(String id) {
        queued.add(id);
    }

    /** Sends what is queued, then stops: a consumer closing after its handlers finished. */
    void close(Duration within) {
        accepting = false;
        try {
            sender.join(within.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.interrupt();
    }

    /** Stops without sending: what is queued stays pending in Redis, as after a crash. */
    void abandon() {
        accepting = false;
        sender.interrupt();
    }

    private void send() {
        List<String> ids = new ArrayList<>();
        while (accepting || !queued.isEmpty()) {
            try {
                String first = queued.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                ids.add(first);
                queued.drainTo(ids, MAX_IDS - 1);
                xack(ids);
                ids.forEach(held::remove);
                ids.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void xack(List<String> ids) throws InterruptedException {
        while (true) {
            try {
                commands.xack(stream, group, ids.toArray(String[]::new));
                return;
            } catch (RedisCommandExecutionException e) {
                // Redis answered with an error (NOGROUP: it lost the group and these entries with it): nothing to retry.
                RedisTransport.log(System.Logger.Level.WARNING, label + ": XACK of " + ids.size() + " entries refused: "
                        + e.getMessage(), null);
                return;
            } catch (RedisException e) {
                // Redis away: the entries stay pending (and held, so renewed); acknowledge once it is back.
                Thread.sleep(REDIS_RETRY.toMillis());
            }
        }
    }
}
