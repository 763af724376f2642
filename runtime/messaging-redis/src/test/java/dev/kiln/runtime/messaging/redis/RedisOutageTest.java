package dev.kiln.runtime.messaging.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.BillingDispatcher;
import dev.kiln.runtime.messaging.MessageNotAcceptedException;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderEvents;
import dev.kiln.runtime.messaging.OrderEventsPublisher;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.messaging.Recorder;
import dev.kiln.runtime.ratelimit.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped and started again while messages flow. The Redis in production persists (AOF); TestRedis does
 * not, so the test carries the streams across the restart itself: DUMP before the stop, RESTORE after the
 * start — what a persistent Redis would have kept. Publishing is paused only across those two steps, so that
 * every message Redis accepted is in the dump.
 */
class RedisOutageTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> KEYS = List.of("kiln:events:orders", "kiln:events:orders:dlq");
    private TestRedis redis;
    private RedisFixture fixture;

    @BeforeEach
    void start() {
        redis = TestRedis.start();
        fixture = new RedisFixture(redis);
    }

    @AfterEach
    void stop() {
        fixture.close();
        redis.close();
    }

    @Test
    void publishFailsOnlyWhileRedisIsDownConsumersResumeAndNothingAcceptedIsLost() throws Exception {
        Recorder recorder = new Recorder();
        Messaging billing = fixture.app("billing");
        BillingDispatcher dispatcher = new BillingDispatcher(billing, recorder);
        dispatcher.start();
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));

        Set<Integer> accepted = ConcurrentHashMap.newKeySet();
        List<Throwable> refusals = new CopyOnWriteArrayList<>();
        AtomicBoolean acceptedAfterRestart = new AtomicBoolean();
        AtomicBoolean restarted = new AtomicBoolean();
        List<String> refusedAfterRecovery = new CopyOnWriteArrayList<>();
        AtomicBoolean publishing = new AtomicBoolean(true);
        ReentrantLock gate = new ReentrantLock();
        Thread publisher = Thread.ofPlatform().start(() -> {
            for (int i = 0; publishing.get(); i++) {
                gate.lock();
                try {
                    events.placed(new OrderPlaced(i, "c", i));
                    accepted.add(i);
                    if (restarted.get()) {
                        acceptedAfterRestart.set(true);
                    }
                } catch (Throwable t) {
                    refusals.add(t);
                    if (acceptedAfterRestart.get()) {
                        refusedAfterRecovery.add(String.valueOf(t));
                    }
                } finally {
                    gate.unlock();
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        Await.until("messages flow", WAIT, () -> recorder.handled.size() > 200);
        List<byte[]> dumps;
        gate.lock();
        try {
            dumps = dump();
            redis.stopServer();
        } finally {
            gate.unlock();
        }
        Await.until("a publish is refused while Redis is down", WAIT, () -> !refusals.isEmpty());
        Await.until("readiness reports the outage", WAIT, () -> !billing.healthCheck().check().isUp());
        HealthResult down = billing.healthCheck().check();
        assertTrue(down.reason().contains("127.0.0.1:"), down.reason());
        int acceptedBeforeRestart = accepted.size();

        gate.lock();
        try {
            redis.startServer();
            restore(dumps);
            restarted.set(true);
        } finally {
            gate.unlock();
        }
        Await.until("publishing works again", WAIT, () -> accepted.size() > acceptedBeforeRestart + 200);
        publishing.set(false);
        publisher.join(WAIT.toMillis());

        assertTrue(refusals.stream().allMatch(t -> t instanceof MessageNotAcceptedException),
                () -> "only the typed exception: " + refusals);
        assertTrue(refusals.getFirst().getMessage().contains("127.0.0.1:"), refusals.getFirst().getMessage());
        assertEquals(List.of(), refusedAfterRecovery, "no refusal once Redis accepted again");
        Await.until(() -> "every accepted message handled at least once; missing "
                        + missing(accepted, recorder).size() + " e.g. " + missing(accepted, recorder).stream().limit(5).toList(),
                WAIT, () -> missing(accepted, recorder).isEmpty());
        Await.until("readiness UP again", WAIT, () -> billing.healthCheck().check().isUp());
        dispatcher.stop();
    }

    @Test
    void afterARestartThatLostEverythingConsumersCreateTheirGroupsAgainAndGoOn() {
        Recorder recorder = new Recorder();
        BillingDispatcher dispatcher = new BillingDispatcher(fixture.app("billing"), recorder);
        dispatcher.start();
        OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
        events.placed(new OrderPlaced(1, "c", 1));
        Await.until("handled", WAIT, () -> recorder.handled.size() == 1);

        redis.stopServer();
        redis.startServer();   // no persistence: streams and groups are gone

        Await.until("publishing works again", WAIT, () -> {
            try {
                events.placed(new OrderPlaced(2, "c", 2));
                return true;
            } catch (MessageNotAcceptedException e) {
                return false;
            }
        });
        Await.until("the consumer found its group gone, created it again and handled the new message", WAIT,
                () -> recorder.handled.stream().anyMatch(h -> h.event().line() == 2));
        assertTrue(redis.inspect().xinfoGroups("kiln:events:orders").size() == 1);
        dispatcher.stop();
    }

    private static Set<Integer> missing(Set<Integer> accepted, Recorder recorder) {
        Set<Integer> handled = recorder.handled.stream().map(h -> h.event().line()).collect(Collectors.toSet());
        return accepted.stream().filter(i -> !handled.contains(i)).collect(Collectors.toSet());
    }

    private List<byte[]> dump() {
        try (var client = io.lettuce.core.RedisClient.create(redis.uri());
             var connection = client.connect(io.lettuce.core.codec.ByteArrayCodec.INSTANCE)) {
            return KEYS.stream().map(k -> connection.sync().dump(k.getBytes())).toList();
        }
    }

    private void restore(List<byte[]> dumps) {
        try (var client = io.lettuce.core.RedisClient.create(redis.uri());
             var connection = client.connect(io.lettuce.core.codec.ByteArrayCodec.INSTANCE)) {
            for (int i = 0; i < KEYS.size(); i++) {
                if (dumps.get(i) != null) {
                    connection.sync().restore(KEYS.get(i).getBytes(), dumps.get(i),
                            io.lettuce.core.RestoreArgs.Builder.ttl(0).replace());
                }
            }
        }
    }
}
