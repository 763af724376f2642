package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.lifecycle.Supervision;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.testapp.HealthDocument;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision over a real server: FeedPoller (supervised) with Indexer depending on it, and Store with Mailer
 * depending on it, unsupervised. Time is the manual scheduler's; nothing sleeps.
 */
class SupervisionHttpTest {
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Probe store = new Probe("Store", events);
    private final Probe feed = new Probe("FeedPoller", events);
    private final Probe indexer = new Probe("Indexer", events);
    private final Probe mailer = new Probe("Mailer", events);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
    private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
    private KilnHandle app;
    private Http http;

    private void start(int maxRestarts, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("kiln.lifecycle.supervision.down-after", "2"));
        settings.putAll(extra);
        Supervision supervision = new Supervision(maxRestarts, Duration.ofMinutes(1), Duration.ofMillis(200),
                Duration.ofSeconds(10));
        app = TestApps.builder(settings)
                .registry(registry)
                .components(List.of(
                        LifecycleComponent.of("Store", store),
                        LifecycleComponent.of("FeedPoller", feed).supervised(supervision),
                        LifecycleComponent.of("Indexer", indexer, List.of("FeedPoller")),
                        LifecycleComponent.of("Mailer", mailer, List.of("Store"))))
                .healthChecks(List.of(feed))
                .routers(List.of(new OrderApiRouter(new OrderService())))
                // jitter 0.5 → factor 0.75: backoffs 150ms, 300ms, 600ms …
                .supervisionTiming(scheduler.clock, scheduler, () -> 0.5)
                .exitHook(exitStatus::complete)
                .start();
        http = new Http(app.uri());
        events.clear();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aComponentThatStaysDownIsRestartedWithItsDependentsAfterTheBackoff() {
        start(5, Map.of());
        assertEquals(LifecycleState.RUNNING, app.state());
        assertEquals(InstanceStatus.UP, orderStatus());

        feed.healthy = false;
        assertTrue(scheduler.runNext()); // first DOWN poll: not yet
        assertEquals(List.of(), events);
        assertEquals(LifecycleState.RUNNING, app.state());
        assertTrue(scheduler.runNext()); // second: restart

        // Dependents stop before the component, in reverse order; unrelated components keep running.
        assertEquals(List.of("stop Indexer", "stop FeedPoller"), events);
        assertEquals(List.of(Duration.ofMillis(150)), scheduler.backoffs(INTERVAL));
        assertEquals(LifecycleState.RECOVERING, app.state());
        ComponentStatus poller = status("FeedPoller");
        assertEquals(LifecycleState.RECOVERING, poller.state());
        assertEquals(1, poller.restarts());
        assertEquals(scheduler.clock.instant().plusMillis(150), poller.nextAttempt());
        assertTrue(poller.lastFailure().contains("FeedPoller stalled"), poller.lastFailure());
        assertEquals(LifecycleState.RECOVERING, status("Indexer").state());
        assertEquals(LifecycleState.RUNNING, status("Store").state());
        assertEquals(LifecycleState.RUNNING, status("Mailer").state());

        // Not ready meanwhile: the probe, the registry and the health data say so; the routes still answer.
        assertEquals(InstanceStatus.DOWN, orderStatus());
        HealthDocument ready = HealthDocument.of(http.get("/health/ready"));
        assertEquals(503, ready.httpStatus());
        assertEquals("DOWN", ready.status("lifecycle"));
        Map<String, Object> data = ready.data("lifecycle");
        assertEquals("recovering: FeedPoller, Indexer", data.get("reason"));
        assertEquals("RECOVERING", data.get("FeedPoller.state"));
        assertEquals(1L, data.get("FeedPoller.restarts"));
        assertEquals(poller.nextAttempt().toString(), data.get("FeedPoller.nextAttempt"));
        assertEquals("RUNNING", data.get("Store.state"));
        assertEquals(200, http.get("/orders").statusCode());

        feed.healthy = true;
        assertTrue(scheduler.runNext()); // the backoff has passed: start again
        assertEquals(List.of("stop Indexer", "stop FeedPoller", "start FeedPoller", "start Indexer"), events);
        assertEquals(LifecycleState.RUNNING, app.state());
        assertNull(status("FeedPoller").nextAttempt());
        assertEquals(InstanceStatus.UP, orderStatus());
        assertEquals(200, http.get("/health/ready").statusCode());

        // Polling resumes; the second restart in the window waits twice as long.
        feed.healthy = false;
        assertTrue(scheduler.runNext());
        assertTrue(scheduler.runNext());
        assertEquals(List.of(Duration.ofMillis(150), Duration.ofMillis(300)), scheduler.backoffs(INTERVAL));
        assertEquals(2, status("FeedPoller").restarts());
    }

    @Test
    void aComponentThatKeepsFailingEndsFailedWhileTheRestOfTheAppServes() {
        start(2, Map.of());
        feed.healthy = false;
        runUntil(() -> app.state() == LifecycleState.FAILED);

        assertEquals(List.of(Duration.ofMillis(150), Duration.ofMillis(300)), scheduler.backoffs(INTERVAL));
        ComponentStatus poller = status("FeedPoller");
        assertEquals(LifecycleState.FAILED, poller.state());
        assertEquals(2, poller.restarts());
        assertTrue(poller.lastFailure().startsWith("restarted 2 time(s) within 60s and failed again"), poller.lastFailure());
        assertEquals(LifecycleState.FAILED, status("Indexer").state());
        assertEquals(LifecycleState.RUNNING, status("Store").state());
        assertEquals(LifecycleState.RUNNING, status("Mailer").state());
        // Stopped for good, dependents first; nothing is scheduled for it any more.
        assertEquals(List.of("stop Indexer", "stop FeedPoller"), events.subList(events.size() - 2, events.size()));
        assertEquals(0, scheduler.pending());

        HealthDocument ready = HealthDocument.of(http.get("/health/ready"));
        assertEquals(503, ready.httpStatus());
        assertEquals("failed: FeedPoller, Indexer", ready.data("lifecycle").get("reason"));
        assertEquals(InstanceStatus.DOWN, orderStatus());
        // The process stays up: liveness UP, routes answer, no exit.
        assertEquals(200, http.get("/health/live").statusCode());
        assertEquals(200, http.get("/orders").statusCode());
        assertTrue(app.isRunning());
        assertFalse(exitStatus.isDone());
    }

    @Test
    void exitOnFailureExitsWithStatusOne() throws Exception {
        start(1, Map.of("kiln.lifecycle.exit-on-failure", "true"));
        feed.healthy = false;
        runUntil(() -> app.state() == LifecycleState.FAILED);
        assertEquals(1, exitStatus.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStartThatThrowsWhileRecoveringIsAnotherRestart() {
        start(5, Map.of());
        feed.healthy = false;
        scheduler.runNext();
        scheduler.runNext();
        feed.healthy = true;
        feed.failingStarts.set(1);

        assertTrue(scheduler.runNext()); // start throws: round again, longer
        assertEquals(List.of("stop Indexer", "stop FeedPoller", "start FeedPoller"), events);
        assertEquals(List.of(Duration.ofMillis(150), Duration.ofMillis(300)), scheduler.backoffs(INTERVAL));
        ComponentStatus poller = status("FeedPoller");
        assertEquals(LifecycleState.RECOVERING, poller.state());
        assertEquals(2, poller.restarts());
        assertTrue(poller.lastFailure().contains("'FeedPoller' failed to start: FeedPoller cannot connect"),
                poller.lastFailure());

        assertTrue(scheduler.runNext());
        assertEquals(List.of("stop Indexer", "stop FeedPoller", "start FeedPoller", "start FeedPoller", "start Indexer"),
                events);
        assertEquals(LifecycleState.RUNNING, app.state());
        assertEquals(InstanceStatus.UP, orderStatus());
    }

    @Test
    void restartsOlderThanTheWindowNoLongerCount() {
        start(1, Map.of());
        feed.healthy = false;
        scheduler.runNext();
        scheduler.runNext();
        feed.healthy = true;
        scheduler.runNext();
        assertEquals(LifecycleState.RUNNING, app.state());

        scheduler.clock.advance(Duration.ofMinutes(2));
        feed.healthy = false;
        scheduler.runNext();
        scheduler.runNext();

        // One restart allowed per minute: the first has left the window, so this is a restart, not a failure.
        assertEquals(LifecycleState.RECOVERING, app.state());
        assertEquals(List.of(Duration.ofMillis(150), Duration.ofMillis(150)), scheduler.backoffs(INTERVAL));
        assertEquals(2, status("FeedPoller").restarts());
    }

    @Test
    void closeStopsSupervisionFirstSoNothingRestartsDuringShutdown() {
        start(5, Map.of());
        feed.healthy = false;
        scheduler.runNext();
        scheduler.runNext(); // waiting for its backoff
        assertEquals(LifecycleState.RECOVERING, app.state());

        app.close();

        assertTrue(scheduler.closed);
        assertFalse(scheduler.runNext());
        // Stopped ones are not stopped twice, waiting ones are not started: only the running ones stop.
        assertEquals(List.of("stop Indexer", "stop FeedPoller", "stop Mailer", "stop Store"), events);
        assertEquals(LifecycleState.STOPPED, app.state());
        app.components().forEach(c -> assertEquals(LifecycleState.STOPPED, c.state(), c.name()));
    }

    private void runUntil(java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
            assertTrue(scheduler.runNext(), "nothing left to run");
        }
        assertTrue(done.getAsBoolean());
    }

    private ComponentStatus status(String name) {
        return app.components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private InstanceStatus orderStatus() {
        return registry.lookup("orders").getFirst().status();
    }
}
