package dev.kiln.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.LogCapture;
import dev.kiln.runtime.testapp.OrderApiRouter;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.OverLimitBodies;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.http.Method;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** X-Request-Id: accepted when sane, created otherwise, echoed on every answer, readable while handling. */
class RequestIdHttpTest {
    private static final Pattern UUID_V4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final String HEADER = "X-Request-Id";

    /** Answers with the id as the handler sees it, from the request and from the log context. */
    private static final class IdRouter implements KilnRouter {
        static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("ids", "test.Ids",
                List.of(new RouteDescriptor("GET", "/id")));

        @Override
        public ServiceDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/id", (req, res) -> Responses.text(res, 200, RequestIds.of(req) + "|" + LogContext.requestId()));
            // Calls another service (this one) through the client: on the request's thread, and from another thread.
            routes.add("GET", "/id/relay", (req, res) -> {
                KilnHttpClient self = KilnHttpClient.create("self", app.uri());
                String onThisThread = self.call(Method.GET, "/id").send().text(200);
                String elsewhere = CompletableFuture.supplyAsync(() -> self.call(Method.GET, "/id").send().text(200))
                        .join();
                Responses.text(res, 200, onThisThread + "#" + elsewhere + "#" + RequestIds.current());
            });
            // Read from another thread: unknown there until the request's thread shares it.
            routes.add("GET", "/id/elsewhere", (req, res) -> {
                String before = CompletableFuture.supplyAsync(() -> RequestIds.of(req)).join();
                RequestIds.share(req);
                String after = CompletableFuture.supplyAsync(() -> RequestIds.of(req)).join();
                Responses.text(res, 200, before + "|" + after);
            });
        }
    }

    private static KilnHandle app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("server.max-payload-size", "4KB"), List.of(),
                List.of(new OrderApiRouter(new OrderService()), new IdRouter()));
        http = new Http(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String echoed(HttpResponse<String> response) {
        return response.headers().firstValue(HEADER).orElseThrow(() -> new AssertionError("no " + HEADER + " on "
                + response.statusCode() + " " + response.body()));
    }

    @Test
    void aSaneIdIsAcceptedEchoedAndSeenByTheHandlerAndTheLogContext() {
        String id = "order-7f3a:retry/2~x";
        HttpResponse<String> response = http.get("/id", HEADER, id);
        assertEquals(200, response.statusCode());
        assertEquals(id, echoed(response));
        assertEquals(id + "|" + id, response.body());
    }

    @Test
    void withoutAnIdOneIsCreated() {
        HttpResponse<String> first = http.get("/id");
        HttpResponse<String> second = http.get("/id");
        String id = echoed(first);
        assertTrue(UUID_V4.matcher(id).matches(), id);
        assertEquals(id + "|" + id, first.body());
        assertNotEquals(id, echoed(second));
    }

    @Test
    void typedClientCallsMadeWhileHandlingCarryTheRequestsId() {
        String[] parts = http.get("/id/relay", HEADER, "relay-1").body().split("#");
        assertEquals("relay-1|relay-1", parts[0]);
        String elsewhere = parts[1].substring(0, parts[1].indexOf('|'));
        assertTrue(UUID_V4.matcher(elsewhere).matches(), "a call from another thread gets its own id: " + parts[1]);
        assertEquals("relay-1", parts[2], "the handler's id is intact after the calls");
        assertEquals(null, RequestIds.current(), "the test's own thread handles no request");
    }

    @Test
    void anotherThreadReadsTheIdOnceShared() {
        assertEquals("null|shared-1", http.get("/id/elsewhere", HEADER, "shared-1").body());
        HttpResponse<String> created = http.get("/id/elsewhere");
        assertEquals("null|" + echoed(created), created.body());
    }

    @Test
    void junkIdsAreReplacedByCreatedOnes() throws IOException {
        String longest = "a".repeat(RequestIds.MAX_LENGTH);
        assertEquals(longest, echoed(http.get("/id", HEADER, longest)));
        for (String junk : List.of("a".repeat(RequestIds.MAX_LENGTH + 1), "two words", "tab\there")) {
            HttpResponse<String> response = http.get("/id", HEADER, junk);
            String id = echoed(response);
            assertTrue(UUID_V4.matcher(id).matches(), "for " + junk + ": " + id);
            assertEquals(id + "|" + id, response.body());
        }
        // Bytes beyond ASCII, which the JDK client will not send: Helidon lets them through, the filter replaces them.
        String nonAscii = raw("GET /id HTTP/1.1\r\nHost: x\r\nX-Request-Id: caf\u00c3\u00a9\r\nConnection: close\r\n\r\n");
        assertTrue(nonAscii.startsWith("HTTP/1.1 200"), nonAscii);
        String id = rawRequestId(nonAscii);
        assertTrue(UUID_V4.matcher(id).matches(), nonAscii);
        assertTrue(nonAscii.endsWith(id + "|" + id), nonAscii);
        // A control character: Helidon refuses the request before routing; the refusal still carries a created id.
        String del = raw("GET /id HTTP/1.1\r\nHost: x\r\nX-Request-Id: del\u007f\r\nConnection: close\r\n\r\n");
        assertTrue(del.startsWith("HTTP/1.1 400"), del);
        assertTrue(del.contains("invalid for header 'X-Request-Id'"), del);
        assertTrue(UUID_V4.matcher(rawRequestId(del)).matches(), del);
    }

    private static String rawRequestId(String answer) {
        return answer.replaceAll("(?s).*\r\n[Xx]-[Rr]equest-[Ii]d: ([^\r]*)\r\n.*", "$1");
    }

    @Test
    void everyProblemAnswerCarriesTheIdToo() {
        String id = "problem-check";
        assertEquals(id, echoed(http.get("/nowhere", HEADER, id)));                                       // 404
        assertEquals(id, echoed(http.send("PATCH", "/orders/7", "application/json", "{}", HEADER, id)));  // 405
        assertEquals(id, echoed(http.get("/orders/x", HEADER, id)));                                      // 400
        assertEquals(id, echoed(http.send("POST", "/orders", "application/json", "{", HEADER, id)));      // 400 JSON
        HttpResponse<String> failed = http.get("/boom", HEADER, id);                                      // 500
        assertEquals(500, failed.statusCode());
        assertEquals(id, echoed(failed));
    }

    @Test
    void bodiesOverTheLimitAre413WithTheIdBeforeAndInsideRouting() {
        // Declared length: refused by Helidon before routing, answered by the direct handler.
        String sized = OverLimitBodies.putDeclared(app.port(), "/orders/1/attachment", "application/octet-stream",
                4096, HEADER, "big-1");
        assertTrue(sized.startsWith("HTTP/1.1 413 "), sized);
        assertEquals("big-1", rawRequestId(sized));
        String sizedWithout = OverLimitBodies.putDeclared(app.port(), "/orders/1/attachment",
                "application/octet-stream", 4096);
        assertTrue(sizedWithout.startsWith("HTTP/1.1 413 "), sizedWithout);
        assertTrue(UUID_V4.matcher(rawRequestId(sizedWithout)).matches(), sizedWithout);
        // Chunked: found out while the route reads the body.
        String chunked = OverLimitBodies.putChunked(app.port(), "/orders/1/attachment", "application/octet-stream",
                4096, HEADER, "big-2");
        assertTrue(chunked.startsWith("HTTP/1.1 413 "), chunked);
        assertEquals("big-2", rawRequestId(chunked));
    }

    @Test
    void theUnexpectedFailureLogLineCarriesTheId() {
        // At FINE too: an earlier test's /boom may have spent this kind's log budget (LogBudget), and then the repeat
        // is logged at FINE, still carrying the ids.
        try (LogCapture errors = LogCapture.of(ErrorResponses.class.getName(), java.util.logging.Level.FINE)) {
            http.get("/boom", HEADER, "boom-42");
            List<String> messages = errors.messages();
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(messages.getFirst().contains("request id boom-42"), messages.getFirst());
            assertEquals(List.of("boom-42"), errors.requestIds(), "the log context while the failure was logged");
        }
    }

    @Test
    void concurrentRequestsKeepTheirOwnIds() {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String id = "parallel-" + i;
            calls.add(CompletableFuture.supplyAsync(() -> http.get("/id", HEADER, id)));
        }
        for (int i = 0; i < calls.size(); i++) {
            HttpResponse<String> response = calls.get(i).join();
            assertEquals("parallel-" + i, echoed(response));
            assertEquals("parallel-" + i + "|parallel-" + i, response.body());
        }
    }

    /** Sends bytes the JDK client refuses to; reads one response (head, then Content-Length bytes). */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            int length = Integer.parseInt(head.toString().replaceAll("(?s).*\r\n[Cc]ontent-[Ll]ength: (\\d+)\r\n.*", "$1"));
            return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }
}
