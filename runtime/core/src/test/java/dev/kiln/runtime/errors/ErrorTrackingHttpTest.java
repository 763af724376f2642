package dev.kiln.runtime.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.JsonTree;
import dev.kiln.runtime.testapp.TestApps;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Unexpected failures grouped, counted and found over real HTTP on /kiln/errors. */
class ErrorTrackingHttpTest {
    private static final Instant T0 = Instant.parse("2026-11-05T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-05T10:05:00Z");
    private static final Instant T2 = Instant.parse("2026-11-05T10:07:30Z");

    private final AtomicReference<Instant> clock = new AtomicReference<>(T0);
    private final ErrorTracker tracker = new ErrorTracker(List.of("dev.kiln.runtime.errors"), 100, 3, clock::get);
    private final FailingRouter router = new FailingRouter();

    private KilnHandle start() {
        return TestApps.builder(Map.of()).routers(List.of(router)).errorTracker(tracker).start();
    }

    private static String errorId(HttpResponse<String> response) {
        assertEquals(500, response.statusCode(), response.body());
        return Http.problem(response).errorId();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Http http, String query) {
        HttpResponse<String> response = http.get("/kiln/errors" + query);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        Map<String, Object> overview = JsonTree.object(response.body());
        assertEquals("test", overview.get("application"));
        assertEquals("v1", overview.get("fingerprint"));
        return (List<Map<String, Object>>) overview.get("groups");
    }

    @Test
    void oneSiteIsOneGroupWhateverTheMessageAndTwoSitesAreTwo() {
        try (KilnHandle app = start()) {
            Http http = new Http(app.uri());
            String first = errorId(http.get("/orders/1"));
            clock.set(T1);
            String second = errorId(http.get("/orders/2"));
            clock.set(T2);
            String cancel = errorId(http.get("/cancel"));

            List<Map<String, Object>> groups = groups(http, "");
            assertEquals(2, groups.size(), groups.toString());
            Map<String, Object> cancelled = groups.get(0);   // the most recently seen first
            Map<String, Object> orders = groups.get(1);
            assertNotEquals(orders.get("fingerprint"), cancelled.get("fingerprint"));
            assertTrue(((String) orders.get("fingerprint")).matches("v1:[0-9a-f]{16}"), orders.toString());

            assertEquals(IllegalStateException.class.getName(), orders.get("type"));
            assertEquals("order 2 is corrupt", orders.get("message"));
            assertEquals(2L, orders.get("count"));
            assertEquals(T0.toString(), orders.get("firstSeen"));
            assertEquals(T1.toString(), orders.get("lastSeen"));
            assertEquals(List.of("GET /orders/{id}"), orders.get("where"));
            assertEquals(List.of(first, second), orders.get("errorIds"));
            assertEquals(null, orders.get("traceId"));
            List<?> frames = (List<?>) orders.get("frames");
            assertTrue(frames.getFirst().toString().startsWith(FailingRouter.class.getName() + ".find("), frames.toString());

            assertEquals(1L, cancelled.get("count"));
            assertEquals(T2.toString(), cancelled.get("firstSeen"));
            assertEquals(List.of("GET /cancel"), cancelled.get("where"));
            assertEquals(List.of(cancel), cancelled.get("errorIds"));
        }
    }

    @Test
    void aFiveHundredsErrorIdLeadsToItsGroup() {
        try (KilnHandle app = start()) {
            Http http = new Http(app.uri());
            errorId(http.get("/cancel"));
            String errorId = errorId(http.get("/orders/7"));

            List<Map<String, Object>> found = groups(http, "?errorId=" + errorId);
            assertEquals(1, found.size(), found.toString());
            String fingerprint = (String) found.getFirst().get("fingerprint");
            assertEquals("order 7 is corrupt", found.getFirst().get("message"));

            HttpResponse<String> group = http.get("/kiln/errors/" + fingerprint);
            assertEquals(200, group.statusCode(), group.body());
            assertEquals("no-store", group.headers().firstValue("Cache-Control").orElse(null));
            Map<String, Object> body = JsonTree.object(group.body());
            assertEquals(fingerprint, body.get("fingerprint"));
            assertEquals(List.of(errorId), body.get("errorIds"));

            assertEquals(List.of(), groups(http, "?errorId=no-such-id"));
            HttpResponse<String> unknown = http.get("/kiln/errors/v1:0000000000000000");
            assertEquals(404, unknown.statusCode());
            assertEquals(404, Http.problem(unknown).status());
            HttpResponse<String> tooLong = http.get("/kiln/errors?errorId=" + "x".repeat(200));
            assertEquals(400, Http.problem(tooLong).status());
        }
    }

    @Test
    void onlyTheLatestErrorIdsAreKeptAndAnsweredProblemsAreNotErrors() {
        try (KilnHandle app = start()) {
            Http http = new Http(app.uri());
            List<String> ids = List.of(errorId(http.get("/orders/1")), errorId(http.get("/orders/2")),
                    errorId(http.get("/orders/3")), errorId(http.get("/orders/4")));
            assertEquals(404, http.get("/missing").statusCode());
            assertEquals(404, http.get("/nowhere").statusCode());
            List<Map<String, Object>> groups = groups(http, "");
            assertEquals(1, groups.size(), groups.toString());
            assertEquals(4L, groups.getFirst().get("count"));
            assertEquals(ids.subList(1, 4), groups.getFirst().get("errorIds"));
            assertEquals(List.of(), groups(http, "?errorId=" + ids.getFirst()));
        }
    }

    @Test
    void theEndpointIsServedButNotAnnounced() {
        try (KilnHandle app = start()) {
            assertEquals(List.of(), app.registry().lookup(ErrorsEndpoint.DESCRIPTOR.name()));
            assertEquals(1, app.registry().lookup(FailingRouter.DESCRIPTOR.name()).size());
        }
    }

    /**
     * A client that sends part of its body and goes away: the read fails, and it is not a server error, whether the
     * client closes its side (FIN: answered 400) or resets the connection (RST: Helidon closes it unanswered).
     */
    @Test
    void aClientThatClosesMidBodyIsNotRecorded() throws Exception {
        clientGoesAway(false);
    }

    @Test
    void aClientThatResetsMidBodyIsNotRecorded() throws Exception {
        clientGoesAway(true);
    }

    private void clientGoesAway(boolean reset) throws Exception {
        try (KilnHandle app = start()) {
            String answer;
            try (Socket socket = new Socket("127.0.0.1", app.port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                        + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(new byte[10_000]);
                out.flush();
                if (reset) {
                    socket.setSoLinger(true, 0);
                    answer = null;
                } else {
                    socket.shutdownOutput();
                    answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            assertTrue(router.uploadRead.await(10, TimeUnit.SECONDS), "the upload handler never ran");
            if (answer != null) {
                // Answered by the error handlers, which record before they answer: nothing more can come.
                assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            } else {
                // Unanswered: whatever the server makes of the failed read follows it at once; poll a bounded while.
                long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
                while (System.nanoTime() < end) {
                    assertEquals(List.of(), tracker.groups());
                    Thread.sleep(5);
                }
            }
            assertEquals(List.of(), tracker.groups());
            // The same server does record a real failure.
            errorId(new Http(app.uri()).get("/cancel"));
            assertEquals(1, tracker.groups().size());
        }
    }
}
