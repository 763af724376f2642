package dev.kiln.runtime.registry.redis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.testapp.HitsClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to a separate Kiln process under load: its shutdown hook deregisters it before the listener closes, so
 * it leaves every view at once (long before its entry's ttl would expire it) and no call fails.
 */
class SigtermTest {
    private static final String TTL = "10s";
    private static final String HEARTBEAT = "300ms";

    @Test
    void aTerminatedProcessDeregistersBeforeItStopsListeningAndCostsNoCall() throws Exception {
        try (TestRedis redis = TestRedis.start();
             Instance a = new Instance("a", redis.uri(), TTL, HEARTBEAT);
             Instance b = new Instance("b", redis.uri(), TTL, HEARTBEAT);
             RedisServiceRegistry registry = RedisServiceRegistry.create(KilnConfig.of(Map.of(
                     "kiln.registry.redis.uri", redis.uri(), "kiln.registry.ttl", TTL,
                     "kiln.registry.heartbeat", HEARTBEAT)))) {
            Process booted = BootedInstanceProcess.start(redis.uri(), TTL, HEARTBEAT);
            try {
                Await.until("three instances seen", Duration.ofSeconds(5), () -> registry.lookup("hits").size() == 3);
                HitsClient client = HitsClient.builder().registry(registry).build();
                try (Load load = new Load(client, 4)) {
                    Await.until("the process takes calls", Duration.ofSeconds(5), () -> load.callsTo("booted") > 20);

                    booted.destroy(); // SIGTERM: the JVM runs the boot's shutdown hook
                    Duration gone = Await.until("gone from the view", Duration.ofSeconds(5),
                            () -> registry.lookup("hits").stream().map(ServiceInstance::application)
                                    .noneMatch("booted"::equals));
                    System.out.println("SigtermTest: terminated process left the client's view after "
                            + gone.toMillis() + " ms (its entry's ttl is " + TTL + ")");
                    assertTrue(gone.compareTo(Duration.ofSeconds(2)) < 0,
                            "deregistered on SIGTERM, not expired: left after " + gone.toMillis() + " ms");
                    booted.waitFor();
                    int before = load.calls();
                    Await.until("more load", Duration.ofSeconds(5), () -> load.calls() > before + 200);
                    load.assertNoFailure();
                }
            } finally {
                booted.destroyForcibly();
            }
        }
    }
}
