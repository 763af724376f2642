package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.registry.InstanceStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated wiring of components and health checks reaches the boot: a supervised component and a
 * health check that nothing injects are started and answered, a dependent starts after what it needs, and the
 * supervisor restarts the two together when the poller's own check goes DOWN.
 */
class ManagedComponentsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        ComponentTrail.clear();
        FeedPoller.healthy = true;
    }

    @AfterEach
    void healthyAgain() {
        FeedPoller.healthy = true;
    }

    @Test
    void componentsStartInDependencyOrderAndStopInReverse() throws Exception {
        try (KilnHandle app = TestServer.start()) {
            List<String> names = app.components().stream().map(ComponentStatus::name).toList();
            assertTrue(names.indexOf("FeedPoller") >= 0 && names.indexOf("FeedPoller") < names.indexOf("FeedIndexer"),
                    names.toString());
            assertTrue(app.components().stream().filter(c -> c.name().equals("FeedPoller")).findFirst().orElseThrow()
                    .supervised());
            assertEquals(List.of("FeedPoller.start", "FeedIndexer.start after FeedPoller"), ComponentTrail.events());
            assertEquals("test", app.descriptor().applicationName());

            HttpResponse<String> live = get(app, "/health/live");
            assertEquals(200, live.statusCode(), live.body());
            assertTrue(live.body().contains("{\"name\":\"DiskSpace\",\"status\":\"UP\",\"data\":{\"free\":\"plenty\"}}"),
                    live.body());
            HttpResponse<String> ready = get(app, "/health/ready");
            assertTrue(ready.body().contains("\"name\":\"FeedPoller\",\"status\":\"UP\""), ready.body());
        }
        assertEquals(List.of("FeedPoller.start", "FeedIndexer.start after FeedPoller", "FeedIndexer.stop",
                "FeedPoller.stop"), ComponentTrail.events());
    }

    @Test
    void aDownPollerIsRestartedWithItsDependentThenFailsPastItsBudget() throws Exception {
        try (KilnHandle app = TestServer.start(Map.of("kiln.lifecycle.supervision.interval", "20ms",
                "kiln.lifecycle.supervision.down-after", "1"))) {
            ComponentTrail.clear();
            FeedPoller.healthy = false;

            awaitTrue(() -> ComponentTrail.events().size() >= 4, "a restart of the poller and its indexer");
            assertEquals(List.of("FeedIndexer.stop", "FeedPoller.stop", "FeedPoller.start",
                    "FeedIndexer.start after FeedPoller"), ComponentTrail.events().subList(0, 4));

            // Still DOWN: two restarts within the minute, then FAILED; readiness 503, the registry shows DOWN,
            // liveness and the routes keep answering.
            awaitTrue(() -> app.state() == LifecycleState.FAILED
                    || app.components().stream().anyMatch(c -> c.state() == LifecycleState.FAILED), "FAILED");
            awaitTrue(() -> app.registry().lookup("documents").getFirst().status() == InstanceStatus.DOWN,
                    "the registry entry DOWN");
            assertEquals(503, get(app, "/health/ready").statusCode());
            assertEquals(200, get(app, "/health/live").statusCode());
            assertEquals(Color.RED, DocumentsApiClient.create(app.uri()).color(Color.RED));
        }
    }

    private static HttpResponse<String> get(KilnHandle app, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.uri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 10 s: " + ComponentTrail.events());
            }
            Thread.sleep(10);
        }
    }
}
