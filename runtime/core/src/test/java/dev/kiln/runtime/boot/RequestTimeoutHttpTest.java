package dev.kiln.runtime.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.log.AccessLogFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.JsonObjects;
import dev.kiln.runtime.testapp.LogCapture;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** server.request-timeout: one 503 problem per late request, the handler interrupted, the server unharmed. */
class RequestTimeoutHttpTest {
    private static final Param QUERY_MILLIS = Param.query("millis");

    /** Handlers that take their time, interruptibly or not. */
    private static final class StallRouter implements KilnRouter {
        static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("stall", "test.Stall", List.of(
                new RouteDescriptor("GET", "/sleep"), new RouteDescriptor("GET", "/stuck"), new RouteDescriptor("GET", "/fast")));
        final AtomicInteger interrupted = new AtomicInteger();
        final ReentrantLock gate = new ReentrantLock();
        final CountDownLatch stuckEntered = new CountDownLatch(1);
        final CountDownLatch stuckLeft = new CountDownLatch(1);
        volatile Throwable stuckSendFailure;

        @Override
        public ServiceDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/sleep", this::sleep);
            routes.add("GET", "/stuck", this::stuck);
            routes.add("GET", "/fast", (req, res) -> Responses.text(res, 200, "fast"));
        }

        private void sleep(ServerRequest req, ServerResponse res) {
            long millis = Params.toLong(Params.query(req, QUERY_MILLIS), QUERY_MILLIS);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
                throw new IllegalStateException("sleep interrupted", e);
            }
            Responses.text(res, 200, "slept " + millis);
        }

        /** Waits on a lock, which ignores interrupts: only the watchdog can answer in time. */
        private void stuck(ServerRequest req, ServerResponse res) {
            stuckEntered.countDown();
            gate.lock();
            try {
                Responses.text(res, 200, "late");
            } catch (RuntimeException e) {
                stuckSendFailure = e;
                throw e;
            } finally {
                gate.unlock();
                stuckLeft.countDown();
            }
        }
    }

    private static KilnHandle start(StallRouter router, Map<String, String> settings) {
        return TestApps.builder(settings).routers(List.of(router)).start();
    }

    @Test
    void anInterruptibleHandlerIsInterruptedAndTheRequestAnswered503() throws Exception {
        StallRouter router = new StallRouter();
        try (KilnHandle app = start(router, Map.of("server.request-timeout", "300ms", "kiln.access-log.enabled", "true"));
             LogCapture access = LogCapture.of(AccessLogFilter.LOGGER_NAME);
             LogCapture warnings = LogCapture.of(RequestTimeoutFilter.class.getName());
             LogCapture errors = LogCapture.of(ErrorResponses.class.getName())) {
            Http http = new Http(app.uri());
            long started = System.nanoTime();
            HttpResponse<String> response = http.get("/sleep?millis=5000", "X-Request-Id", "late-1");
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertEquals(503, response.statusCode(), response.body());
            Problem problem = Http.problem(response);
            assertEquals("The request did not finish within 300ms", problem.detail());
            assertEquals("/sleep", problem.instance());
            assertEquals(null, problem.errorId());
            assertEquals("late-1", response.headers().firstValue("X-Request-Id").orElseThrow());
            assertTrue(took >= 300 && took < 2000, took + " ms");
            // On a loaded machine the watchdog may answer (after its 50 ms grace) before the interrupted
            // handler's thread has run again: wait for it rather than race it.
            awaitCount(router.interrupted, 1);

            assertEquals("fast", http.get("/fast").body());
            List<LogRecord> lines = access.await(2, Duration.ofSeconds(5));
            Map<String, Object> line = JsonObjects.attributes(lines.getFirst());
            assertEquals(503L, line.get("status"));
            assertEquals("/sleep", line.get("route"));
            assertEquals("late-1", line.get("requestId"));
            // The watchdog interrupts the handler, which answers at once, and then logs: the warning can follow the
            // response (and the access line), so wait for it too.
            List<LogRecord> warned = warnings.await(1, Duration.ofSeconds(5));
            assertEquals(1, warned.size());
            assertEquals(Level.WARNING, warned.getFirst().getLevel());
            assertTrue(warned.getFirst().getMessage().contains("GET /sleep (request id late-1)"), warned.getFirst().getMessage());
            assertEquals(List.of(), errors.messages(), "the interrupted handler's exception is not a 500");
        }
    }

    @Test
    void aHandlerDeafToInterruptsIsAnsweredByTheWatchdogAndItsLateAnswerDropped() throws Exception {
        StallRouter router = new StallRouter();
        try (KilnHandle app = start(router, Map.of("server.request-timeout", "200ms"));
             LogCapture errors = LogCapture.of(ErrorResponses.class.getName())) {
            Http http = new Http(app.uri());
            router.gate.lock();
            HttpResponse<String> response;
            try {
                CompletableFuture<HttpResponse<String>> call = CompletableFuture.supplyAsync(() -> http.get("/stuck"));
                assertTrue(router.stuckEntered.await(5, TimeUnit.SECONDS));
                response = call.get(5, TimeUnit.SECONDS);
            } finally {
                router.gate.unlock();
            }
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("The request did not finish within 200ms", Http.problem(response).detail());
            assertEquals("close", response.headers().firstValue("Connection").orElseThrow());
            assertTrue(response.headers().firstValue("X-Request-Id").isPresent());

            // Released now: the handler's own answer is refused quietly, and nothing is logged as a failure.
            assertTrue(router.stuckLeft.await(5, TimeUnit.SECONDS));
            // Refused by the gate, or earlier by Helidon once it sees the response sent.
            assertTrue(router.stuckSendFailure instanceof RequestTimeoutFilter.LateAnswer
                    || router.stuckSendFailure instanceof IllegalStateException, String.valueOf(router.stuckSendFailure));
            assertEquals("fast", http.get("/fast").body());
            Thread.sleep(100);
            assertEquals(List.of(), errors.messages());
        }
    }

    @Test
    void requestsAroundTheDeadlineGetExactlyOneAnswerEach() throws Exception {
        StallRouter router = new StallRouter();
        try (KilnHandle app = start(router, Map.of("server.request-timeout", "150ms"));
             LogCapture errors = LogCapture.of(ErrorResponses.class.getName())) {
            Http http = new Http(app.uri());
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                long millis = 100 + (i % 12) * 25;   // 100..375 ms: either side of the deadline and the sweep
                calls.add(CompletableFuture.supplyAsync(() -> http.get("/sleep?millis=" + millis)));
            }
            int answered = 0;
            int late = 0;
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get(10, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    assertTrue(response.body().startsWith("slept "), response.body());
                    answered++;
                } else {
                    assertEquals(503, response.statusCode(), response.body());
                    assertEquals("The request did not finish within 150ms", Http.problem(response).detail());
                    late++;
                }
            }
            assertEquals(60, answered + late);
            assertTrue(late > 0, "no request was late");
            assertEquals(List.of(), errors.messages());
            for (int i = 0; i < 5; i++) {
                assertEquals("fast", http.get("/fast").body());
            }
        }
    }

    @Test
    void aRequestThatFinishesInTimeIsUntouchedAndZeroTurnsTheTimeoutOff() {
        StallRouter router = new StallRouter();
        try (KilnHandle app = start(router, Map.of("server.request-timeout", "1s"))) {
            assertEquals("slept 50", new Http(app.uri()).get("/sleep?millis=50").body());
        }
        try (KilnHandle app = start(router, Map.of("server.request-timeout", "0s"))) {
            HttpResponse<String> response = new Http(app.uri()).get("/sleep?millis=400");
            assertEquals(200, response.statusCode());
            assertEquals("slept 400", response.body());
        }
        assertEquals(0, router.interrupted.get());
    }

    @Test
    void aNegativeTimeoutFailsAtStartup() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> start(new StallRouter(), Map.of("server.request-timeout", "-1s")));
        assertTrue(e.getMessage().contains("server.request-timeout"), e.getMessage());
    }

    private static void awaitCount(AtomicInteger count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count.get() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, count.get());
    }
}
