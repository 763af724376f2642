package dev.kiln.runtime.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.http.UnauthorizedException;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.testapp.HealthDocument;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The health routes over real HTTP: JSON shapes, which checks each probe runs, status codes, timeouts, errors. */
class HealthHttpTest {
    private final List<KilnHandle> apps = new ArrayList<>();

    private static HealthCheck check(String name, HealthKind kind, HealthResult result) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthKind kind() {
                return kind;
            }

            @Override
            public HealthResult check() {
                return result;
            }
        };
    }

    private Http start(Map<String, String> settings, List<HealthCheck> checks, List<KilnFilter> filters) {
        KilnHandle app = TestApps.builder(settings).healthChecks(checks).filters(filters)
                .routers(List.of(new OrderApiRouter(new OrderService()))).start();
        apps.add(app);
        return new Http(app.uri());
    }

    private Http start(HealthCheck... checks) {
        return start(Map.of(), List.of(checks), List.of());
    }

    @AfterEach
    void close() {
        apps.forEach(KilnHandle::close);
    }

    @Test
    void eachProbeAnswersItsKindOfChecksAsMicroProfileHealthJson() {
        Http http = start(
                check("Feed", HealthKind.READINESS, HealthResult.up().withData("lag", 3).withData("source", "rss")),
                check("Heart", HealthKind.LIVENESS, HealthResult.up().withData("beating", true)),
                check("Warmup", HealthKind.STARTUP, HealthResult.up()));

        HttpResponse<String> all = http.get("/health");
        assertEquals(200, all.statusCode());
        assertEquals("no-store", all.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("application/json", all.headers().firstValue("Content-Type").orElse(null));
        HealthDocument health = HealthDocument.of(all);
        assertEquals("UP", health.status());
        assertEquals(List.of("lifecycle", "started", "deadlocks", "registry", "Feed", "Heart", "Warmup"), health.names());
        assertEquals(Map.of("name", "Feed", "status", "UP", "data", Map.of("lag", 3L, "source", "rss")),
                health.check("Feed"));
        assertEquals(Map.of("beating", true), health.data("Heart"));
        // No data, no "data" member.
        assertEquals(Map.of("name", "Warmup", "status", "UP"), health.check("Warmup"));
        assertEquals(Map.of("name", "deadlocks", "status", "UP"), health.check("deadlocks"));
        assertEquals("RUNNING", health.data("lifecycle").get("application"));

        assertEquals(List.of("deadlocks", "Heart"), HealthDocument.of(http.get("/health/live")).names());
        assertEquals(List.of("lifecycle", "registry", "Feed"), HealthDocument.of(http.get("/health/ready")).names());
        assertEquals(List.of("started", "Warmup"), HealthDocument.of(http.get("/health/started")).names());
        for (String path : List.of("/health/live", "/health/ready", "/health/started")) {
            HttpResponse<String> response = http.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), path);
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null), path);
        }
    }

    @Test
    void aDownCheckTurnsItsProbe503WithItsReasonInTheData() {
        Http http = start(check("Database", HealthKind.READINESS, HealthResult.down("connection refused").withData("pool", 0)));

        HealthDocument ready = HealthDocument.of(http.get("/health/ready"));
        assertEquals(503, ready.httpStatus());
        assertEquals("DOWN", ready.status());
        assertEquals(Map.of("name", "Database", "status", "DOWN", "data", Map.of("reason", "connection refused", "pool", 0L)),
                ready.check("Database"));
        assertEquals("UP", ready.status("lifecycle"));
        assertEquals(503, http.get("/health").statusCode());
        // Other probes do not run it.
        assertEquals(200, http.get("/health/live").statusCode());
        assertEquals(200, http.get("/health/started").statusCode());
    }

    @Test
    void aCheckThatDoesNotAnswerInTimeIsDownNamingTheTimeout() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        HealthCheck blocking = new HealthCheck() {
            @Override
            public String name() {
                return "Hanging";
            }

            @Override
            public HealthResult check() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return HealthResult.up();
            }
        };
        Http http = start(Map.of("kiln.health.timeout", "100ms"), List.of(blocking), List.of());
        try {
            long started = System.nanoTime();
            HealthDocument ready = HealthDocument.of(http.get("/health/ready"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(503, ready.httpStatus());
            assertEquals("DOWN", ready.status("Hanging"));
            assertEquals("timed out after 100ms (kiln.health.timeout)", ready.data("Hanging").get("reason"));
            assertEquals("UP", ready.status("lifecycle"));
            assertTrue(millis < 2_000, "answered after " + millis + " ms");
            // Its thread is interrupted, not left waiting.
            assertTrue(interrupted.await(5, TimeUnit.SECONDS));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aThrowingCheckIsDownWithTheExceptionTypeAndMessageButNoStackTrace() {
        HealthCheck throwing = new HealthCheck() {
            @Override
            public String name() {
                return "Cache";
            }

            @Override
            public HealthResult check() {
                throw new IllegalStateException("cache node gone");
            }
        };
        Http http = start(throwing);

        HttpResponse<String> response = http.get("/health/ready");
        HealthDocument ready = HealthDocument.of(response);
        assertEquals(503, ready.httpStatus());
        assertEquals(Map.of("name", "Cache", "status", "DOWN",
                "data", Map.of("reason", "java.lang.IllegalStateException: cache node gone")), ready.check("Cache"));
        assertFalse(response.body().contains("HealthHttpTest"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
    }

    @Test
    void theRegistryCheckReportsTheRegistrysOwnHealth() {
        InMemoryServiceRegistry entries = new InMemoryServiceRegistry();
        ServiceRegistry unreachable = new ServiceRegistry() {
            @Override
            public void register(ServiceInstance instance) {
                entries.register(instance);
            }

            @Override
            public void deregister(ServiceInstance instance) {
                entries.deregister(instance);
            }

            @Override
            public List<ServiceInstance> lookup(String serviceName) {
                return entries.lookup(serviceName);
            }

            @Override
            public Map<String, List<ServiceInstance>> snapshot() {
                return entries.snapshot();
            }

            @Override
            public HealthResult health() {
                return HealthResult.down("redis://localhost:6390 is unreachable");
            }
        };
        KilnHandle app = TestApps.builder(Map.of()).registry(unreachable)
                .routers(List.of(new OrderApiRouter(new OrderService()))).start();
        apps.add(app);

        HealthDocument ready = HealthDocument.of(new Http(app.uri()).get("/health/ready"));
        assertEquals(503, ready.httpStatus());
        assertEquals(Map.of("name", "registry", "status", "DOWN",
                "data", Map.of("reason", "redis://localhost:6390 is unreachable")), ready.check("registry"));
        assertEquals("UP", ready.status("lifecycle"));
    }

    @Test
    void headAnswersTheStatusAndHeadersWithoutABody() {
        Http http = start(check("Database", HealthKind.READINESS, HealthResult.down("connection refused")));

        HttpResponse<String> get = http.get("/health/live");
        HttpResponse<String> head = http.send(http.request("/health/live").method("HEAD",
                java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().length()), head.headers().firstValue("Content-Length").orElse(null));
        assertEquals("no-store", head.headers().firstValue("Cache-Control").orElse(null));

        HttpResponse<String> headReady = http.send(http.request("/health/ready").method("HEAD",
                java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(503, headReady.statusCode());
        assertEquals("", headReady.body());
    }

    @Test
    void otherMethodsAre405() {
        Http http = start();
        HttpResponse<String> post = http.send("POST", "/health/ready", "application/json", "{}");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(null));
    }

    @Test
    void applicationFiltersDoNotStandBeforeTheHealthRoutes() {
        KilnFilter denyAll = (route, req, res, next) -> {
            throw new UnauthorizedException("no credentials");
        };
        Http http = start(Map.of(), List.of(), List.of(denyAll));

        assertEquals(401, http.get("/orders").statusCode());
        for (String path : List.of("/health", "/health/live", "/health/ready", "/health/started")) {
            assertEquals(200, http.get(path).statusCode(), path);
        }
        // The registry view is one of Kiln's own endpoints, which kiln.management.* governs: behind the filters, like
        // /kiln/errors (docs/dashboard.md).
        assertEquals(401, http.get("/kiln/registry").statusCode());
    }

    @Test
    void deadlockedThreadsTurnLivenessDownNamingThem() throws InterruptedException {
        Http http = start();
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHeld = new CountDownLatch(2);
        Thread a = deadlocking("kiln-test-deadlock-a", first, second, bothHeld);
        Thread b = deadlocking("kiln-test-deadlock-b", second, first, bothHeld);
        try {
            HealthDocument live = awaitDown(http);
            assertEquals(503, live.httpStatus());
            assertEquals("deadlocked threads: kiln-test-deadlock-a, kiln-test-deadlock-b", live.data("deadlocks").get("reason"));
            assertEquals(2L, live.data("deadlocks").get("threads"));
        } finally {
            // lockInterruptibly: the deadlock can be broken, so the rest of the suite's JVM stays live.
            a.interrupt();
            b.interrupt();
            a.join(5_000);
            b.join(5_000);
        }
        assertEquals(200, http.get("/health/live").statusCode());
    }

    private static Thread deadlocking(String name, ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHeld) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            mine.lock();
            try {
                bothHeld.countDown();
                bothHeld.await();
                theirs.lockInterruptibly();
                theirs.unlock();
            } catch (InterruptedException e) {
                // broken up by the test
            } finally {
                mine.unlock();
            }
        });
    }

    private static HealthDocument awaitDown(Http http) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        HealthDocument live;
        do {
            live = HealthDocument.of(http.get("/health/live"));
            if (live.httpStatus() == 503) {
                return live;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return live;
    }
}
