package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Component and application states, start order, the start timeout and the rollback of a failed start-up. */
class LifecycleStatesTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    private KilnBoot.Builder builder(Map<String, String> settings, LifecycleComponent... components) {
        return TestApps.builder(settings).components(List.of(components))
                .routers(List.of(new OrderApiRouter(new OrderService())));
    }

    @Test
    void statesAreReadableWhileRunningAndAfterClose() {
        KilnHandle app = builder(Map.of(),
                LifecycleComponent.of("Store", new Probe("Store", events)),
                LifecycleComponent.of("Indexer", new Probe("Indexer", events), List.of("Store"))).start();
        try {
            assertEquals(LifecycleState.RUNNING, app.state());
            assertTrue(app.isReady());
            assertEquals(List.of(new ComponentStatus("Store", LifecycleState.RUNNING, false, 0, null, null),
                    new ComponentStatus("Indexer", LifecycleState.RUNNING, false, 0, null, null)), app.components());
            assertThrows(UnsupportedOperationException.class, () -> app.components().clear());
        } finally {
            app.close();
        }
        assertEquals(LifecycleState.STOPPED, app.state());
        assertEquals(List.of(LifecycleState.STOPPED, LifecycleState.STOPPED),
                app.components().stream().map(ComponentStatus::state).toList());
        assertEquals(List.of("start Store", "start Indexer", "stop Indexer", "stop Store"), events);
    }

    @Test
    void theOldLifecycleListIsNamedBySimpleClassName() {
        KilnHandle app = TestApps.start(Map.of(), List.of(new Probe("a", events), new Probe("b", events), new Lifecycle() {}),
                List.of());
        try {
            assertEquals(List.of("Probe", "Probe#2", LifecycleStatesTest.class.getName() + "$1"),
                    app.components().stream().map(ComponentStatus::name).toList());
        } finally {
            app.close();
        }
        assertEquals(List.of("start a", "start b", "stop b", "stop a"), events);
    }

    @Test
    void aStartPastTheTimeoutFailsNamingTheComponentAndTheKey() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Lifecycle hanging = new Lifecycle() {
            @Override
            public void start() {
                events.add("start Hanging");
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }

            @Override
            public void stop() {
                events.add("stop Hanging");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder(
                Map.of("kiln.lifecycle.start-timeout", "100ms"),
                LifecycleComponent.of("Store", new Probe("Store", events)),
                LifecycleComponent.of("Cache", new Probe("Cache", events)),
                LifecycleComponent.of("Hanging", hanging, List.of("Store")),
                LifecycleComponent.of("Later", new Probe("Later", events))).start());
        assertEquals("Component 'Hanging' did not start within 100ms (kiln.lifecycle.start-timeout); its start() was "
                + "interrupted and abandoned", e.getMessage());
        // The ones started before it stop, in reverse; the abandoned one is interrupted; the rest never start.
        assertEquals(List.of("start Store", "start Cache", "start Hanging", "stop Cache", "stop Store"), events);
        assertTrue(interrupted.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aStartFailingHalfWayStopsTheStartedOnesInReverse() {
        Probe broken = new Probe("Broken", events);
        broken.failingStarts.set(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder(Map.of(),
                LifecycleComponent.of("A", new Probe("A", events)),
                LifecycleComponent.of("B", new Probe("B", events), List.of("A")),
                LifecycleComponent.of("Broken", broken, List.of("B")),
                LifecycleComponent.of("C", new Probe("C", events))).start());
        assertEquals("Broken cannot connect", e.getMessage());
        assertEquals(List.of("start A", "start B", "start Broken", "stop B", "stop A"), events);
    }

    @Test
    void aDependencyThatIsNotAnEarlierComponentIsRefusedBeforeAnythingStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder(Map.of(),
                LifecycleComponent.of("Indexer", new Probe("Indexer", events), List.of("FeedPoller")),
                LifecycleComponent.of("FeedPoller", new Probe("FeedPoller", events))).start());
        assertTrue(e.getMessage().contains("'Indexer' depends on 'FeedPoller'"), e.getMessage());
        assertEquals(List.of(), events);
    }

    @Test
    void badLifecycleSettingsNameTheirKey() {
        for (Map.Entry<String, String> bad : Map.of("kiln.lifecycle.start-timeout", "0s",
                "kiln.lifecycle.supervision.interval", "-1s", "kiln.lifecycle.supervision.down-after", "0",
                "kiln.health.timeout", "0ms").entrySet()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> builder(Map.of(bad.getKey(), bad.getValue())).start());
            assertTrue(e.getMessage().contains(bad.getKey()), e.getMessage());
        }
    }
}
