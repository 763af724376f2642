package dev.kiln.runtime.messaging.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.OrderEvents;
import dev.kiln.runtime.messaging.OrderEventsPublisher;
import dev.kiln.runtime.messaging.OrderPlaced;
import dev.kiln.runtime.ratelimit.TestRedis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * At-least-once under crashes: 10,000 events; the subscribing application runs as a separate JVM and is killed
 * with SIGKILL three times at random points while handling, and started again — twice under the same consumer
 * name (it drains its own pending entries first), once under a new one (the dead consumer's entries are taken
 * over by the reclaimer after claim-idle). Every message is handled at least once; duplicates are bounded by
 * what a consumer holds in flight (at most {@code batch} = 100 entries) per kill.
 */
class CrashTest {
    private static final int MESSAGES = 10_000;
    private static final int KILLS = 3;
    private static final int HELD = 100;

    @Test
    void aSubscriberKilledWithSigkillUnderLoadLosesNothing() throws Exception {
        try (TestRedis redis = TestRedis.start(); RedisFixture fixture = new RedisFixture(redis)) {
            String name = "billing-stable";
            Process subscriber = launch(redis.uri(), name, "1000");
            OrderEvents events = new OrderEventsPublisher(fixture.app("orders"));
            Thread publisher = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < MESSAGES; i++) {
                    events.placed(new OrderPlaced(i, "c", i));
                }
            });

            for (int kill = 1; kill <= KILLS; kill++) {
                long target = (long) MESSAGES * kill / (KILLS + 1) + ThreadLocalRandom.current().nextInt(-500, 500);
                Await.until("handled past " + target, Duration.ofSeconds(60),
                        () -> redis.inspect().scard(SubscriberProcess.HANDLED) >= target);
                subscriber.destroyForcibly();   // SIGKILL: no shutdown hook, no ack
                subscriber.waitFor();
                String next = kill == 2 ? "billing-replacement" : name;
                subscriber = launch(redis.uri(), next, "1000");
            }
            publisher.join(60_000);
            try {
                Await.until(() -> "every message handled; have " + redis.inspect().scard(SubscriberProcess.HANDLED),
                        Duration.ofSeconds(60), () -> redis.inspect().scard(SubscriberProcess.HANDLED) == MESSAGES);
                long calls = Long.parseLong(redis.inspect().get(SubscriberProcess.CALLS));
                long duplicates = calls - MESSAGES;
                System.out.println("CrashTest: " + KILLS + " kills, " + duplicates + " duplicate deliveries");
                assertTrue(duplicates >= 0);
                assertTrue(duplicates <= (long) KILLS * HELD, "duplicates " + duplicates + " > in flight per kill");
                Await.until("nothing pending", Duration.ofSeconds(30),
                        () -> redis.inspect().xpending("kiln:events:orders", "billing").getCount() == 0);
                assertEquals(MESSAGES, redis.inspect().scard(SubscriberProcess.HANDLED));
            } finally {
                subscriber.destroyForcibly();
                subscriber.waitFor();
            }
        }
    }

    private static Process launch(String redisUri, String consumer, String claimIdleMillis) {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SubscriberProcess.class.getName(), redisUri, consumer, claimIdleMillis));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY")) {
                    Thread.ofVirtual().start(() -> drain(out));
                    return process;
                }
            }
            throw new IllegalStateException("the subscriber process ended before it was ready");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discard
            }
        } catch (IOException ignored) {
            // killed
        }
    }
}
