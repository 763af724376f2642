package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.lifecycle.Supervision;
import dev.kiln.runtime.testapp.TestApps;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The real supervisor thread and clock, on short intervals: a restart reaches dependents of dependents, and
 * happens without anyone driving it. Waits are bounded polls of the application's state, not sleeps.
 */
class SupervisorThreadTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void theSupervisorThreadRestartsTheComponentAndItsDependentsTransitively() {
        Probe feed = new Probe("FeedPoller", events);
        KilnHandle app = TestApps.builder(Map.of("kiln.lifecycle.supervision.interval", "20ms",
                        "kiln.lifecycle.supervision.down-after", "1"))
                .components(List.of(
                        LifecycleComponent.of("FeedPoller", feed).supervised(new Supervision(3, Duration.ofMinutes(1),
                                Duration.ofMillis(1), Duration.ofMillis(5))),
                        LifecycleComponent.of("Store", new Probe("Store", events)),
                        LifecycleComponent.of("Indexer", new Probe("Indexer", events), List.of("FeedPoller")),
                        LifecycleComponent.of("Search", new Probe("Search", events), List.of("Store", "Indexer"))))
                .routers(List.of())
                .start();
        try {
            events.clear();
            feed.healthy = false;
            await(() -> events.size() >= 3);
            feed.healthy = true;
            await(() -> events.size() >= 6 && app.state() == LifecycleState.RUNNING);
            assertEquals(List.of("stop Search", "stop Indexer", "stop FeedPoller",
                    "start FeedPoller", "start Indexer", "start Search"), events.subList(0, 6));
            assertTrue(app.components().getFirst().restarts() >= 1);
        } finally {
            app.close();
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
