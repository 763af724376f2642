package dev.kiln.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.OverLimitBodies;
import dev.kiln.runtime.testapp.TestApps;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written router of the generated shape, served by KilnBoot and called over real HTTP. */
class RouterHttpTest {
    private static final String NEW_ORDER = """
            {"customer":"ada","note":"gift","lines":[{"sku":"A-1","quantity":2}],"color":"RED"}""";

    private static OrderService service;
    private static KilnHandle app;
    private static Http http;

    @BeforeAll
    static void start() {
        service = new OrderService();
        app = TestApps.start(service, Map.of("server.max-payload-size", "4KB"));
        http = new Http(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void createsReadsAndDeletesThroughJsonTextAndBytes() {
        HttpResponse<String> created = http.send("POST", "/orders", "application/json", NEW_ORDER);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(created.body().contains("\"customer\":\"ada\""), created.body());
        assertTrue(created.body().contains("\"note\":\"gift\""), created.body());
        assertTrue(created.body().contains("\"created\":\"2024-01-31T10:15:30Z\""), created.body());
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        HttpResponse<String> found = http.get("/orders/" + id);
        assertEquals(200, found.statusCode());
        assertEquals(created.body(), found.body());

        HttpResponse<String> note = http.send("POST", "/orders/" + id + "/notes", "text/plain; charset=UTF-8", "füße");
        assertEquals(200, note.statusCode());
        assertEquals("text/plain; charset=UTF-8", note.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("füße", note.body());

        byte[] content = {0, 1, 2, (byte) 0xFF};
        HttpResponse<String> first = http.send("PUT", "/orders/" + id + "/attachment", "image/png", content);
        assertEquals("none", first.body());
        assertEquals("application/octet-stream", first.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> deleted = http.send("DELETE", "/orders/" + id, null, (byte[]) null, "X-Reason", "changed mind");
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());
        assertTrue(service.cancellations.contains(id + ":changed mind"), service.cancellations.toString());

        Problem gone = Http.problem(http.get("/orders/" + id));
        assertEquals(404, gone.status());
        assertEquals(Problem.ABOUT_BLANK, gone.type());
        assertEquals("/orders/" + id, gone.instance());
    }

    @Test
    void pathParameterOfTheWrongTypeIs400NamingIt() {
        HttpResponse<String> response = http.get("/orders/abc");
        assertEquals(400, response.statusCode());
        Problem problem = Http.problem(response);
        assertEquals("Bad Request", problem.title());
        assertEquals("Path parameter 'id' must be an integer from -9223372036854775808 to 9223372036854775807 (long),"
                + " but was 'abc'", problem.detail());
        assertEquals(new ProblemError(null, "id", "path", problem.detail()), problem.errors().getFirst());
        assertEquals("/orders/abc", problem.instance());
    }

    @Test
    void queryParameterOfTheWrongTypeIs400() {
        Problem problem = Http.problem(http.get("/orders?limit=ten"));
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("Query parameter 'limit' must be an integer"), problem.detail());
        assertEquals("query", problem.errors().getFirst().in());

        Problem color = Http.problem(http.get("/orders?color=RED&color=PURPLE"));
        assertEquals("Query parameter 'color' must be one of RED, GREEN, BLUE, but was 'PURPLE'", color.detail());
    }

    @Test
    void malformedJsonIs400WithLocationAndNoInternals() {
        HttpResponse<String> response = http.send("POST", "/orders", "application/json", "{\"customer\": \"ada\",,}");
        assertEquals(400, response.statusCode());
        Problem problem = Http.problem(response);
        assertTrue(problem.detail().startsWith("Invalid JSON body: "), problem.detail());
        assertTrue(problem.detail().contains("malformed JSON"), problem.detail());
        assertTrue(problem.detail().contains("line 1, column"), problem.detail());
        for (String leak : new String[] {"jackson", "Jackson", "StreamReadFeature", "Exception", "Source"}) {
            assertFalse(response.body().contains(leak), "leaks " + leak + ": " + response.body());
        }
    }

    @Test
    void mistypedJsonNamesThePointer() {
        Problem problem = Http.problem(http.send("POST", "/orders", "application/json",
                "{\"customer\":\"ada\",\"lines\":[{\"sku\":\"A\",\"quantity\":1},{\"sku\":\"B\",\"quantity\":1.5}],"
                        + "\"color\":\"RED\"}"));
        assertEquals(400, problem.status());
        assertEquals("/lines/1/quantity", problem.errors().getFirst().pointer());
        assertEquals("expected an integer (int) but got the decimal number 1.5", problem.errors().getFirst().detail());
        assertEquals("Invalid JSON body: /lines/1/quantity: expected an integer (int) but got the decimal number 1.5",
                problem.detail());
    }

    @Test
    void missingRequiredPropertyNamesItsPointer() {
        Problem problem = Http.problem(http.send("POST", "/orders", "application/json",
                "{\"customer\":\"ada\",\"lines\":[{\"quantity\":1}],\"color\":\"RED\"}"));
        assertEquals("/lines/0/sku", problem.errors().getFirst().pointer());
        assertEquals("required property 'sku' is missing or null", problem.errors().getFirst().detail());

        Problem top = Http.problem(http.send("POST", "/orders", "application/json", "{\"lines\":[],\"color\":\"RED\"}"));
        assertEquals("/customer", top.errors().getFirst().pointer());

        Problem badEnum = Http.problem(http.send("POST", "/orders", "application/json",
                "{\"customer\":\"a\",\"lines\":[],\"color\":\"PINK\"}"));
        assertEquals("/color", badEnum.errors().getFirst().pointer());
        assertEquals("expected one of RED, GREEN, BLUE but got the string \"PINK\"", badEnum.errors().getFirst().detail());
    }

    @Test
    void emptyBodyAndTrailingContentAre400() {
        Problem empty = Http.problem(http.send("POST", "/orders", "application/json", ""));
        assertEquals(400, empty.status());
        assertEquals("Invalid JSON body: Request body is empty", empty.detail());

        Problem trailing = Http.problem(http.send("POST", "/orders", "application/json", NEW_ORDER + " {}"));
        assertEquals(400, trailing.status());
        assertTrue(trailing.detail().contains("unexpected content after the JSON value"), trailing.detail());
    }

    @Test
    void serviceValidationProblemPassesThrough() {
        Problem problem = Http.problem(http.send("POST", "/orders", "application/json",
                "{\"customer\":\" \",\"lines\":[],\"color\":\"RED\"}"));
        assertEquals(400, problem.status());
        assertEquals("The order is invalid", problem.detail());
        assertEquals(ProblemError.pointer("/customer", "must not be blank"), problem.errors().getFirst());
    }

    @Test
    void wrongOrMissingContentTypeIs415() {
        Problem wrong = Http.problem(http.send("POST", "/orders", "text/plain", NEW_ORDER));
        assertEquals(415, wrong.status());
        assertEquals("Content-Type 'text/plain' is not supported here; send the body as application/json", wrong.detail());

        Problem missing = Http.problem(http.send("POST", "/orders", null, NEW_ORDER));
        assertEquals(415, missing.status());

        HttpResponse<String> vendorJson = http.send("POST", "/orders", "application/vnd.kiln+json; charset=utf-8", NEW_ORDER);
        assertEquals(201, vendorJson.statusCode(), vendorJson.body());

        Problem textRoute = Http.problem(http.send("POST", "/orders/1/notes", "application/json", "\"x\""));
        assertEquals(415, textRoute.status());
    }

    @Test
    void tooLargeBodyIs413WithContentLengthAndWhenChunked() {
        // Declared: refused on the head alone. Chunked: found out while the route reads the body.
        for (String answer : new String[] {
                OverLimitBodies.putDeclared(app.port(), "/orders/1/attachment", "application/octet-stream", 4096),
                OverLimitBodies.putChunked(app.port(), "/orders/1/attachment", "application/octet-stream", 4096)}) {
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains("\r\nContent-Type: application/problem+json\r\n"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
            assertTrue(answer.contains("\"detail\":\"The request body is larger than the limit of 4096 bytes\""), answer);
        }
    }

    @Test
    void unknownRouteIs404Problem() {
        HttpResponse<String> response = http.get("/nowhere/at/all");
        assertEquals(404, response.statusCode());
        Problem problem = Http.problem(response);
        assertEquals(Problem.NO_ROUTE, problem.type());
        assertEquals("No route serves GET /nowhere/at/all", problem.detail());
    }

    @Test
    void knownPathWithAnotherMethodIs405WithAllow() {
        HttpResponse<String> response = http.send("PATCH", "/orders/7", "application/json", "{}");
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, DELETE", response.headers().firstValue("Allow").orElseThrow());
        Problem problem = Http.problem(response);
        assertEquals("Method PATCH is not allowed on /orders/7; allowed: GET, HEAD, DELETE", problem.detail());

        HttpResponse<String> collection = http.send("DELETE", "/orders", null, (byte[]) null);
        assertEquals(405, collection.statusCode());
        assertEquals("GET, HEAD, POST", collection.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void unexpectedExceptionIs500WithErrorIdAndNoLeak() {
        HttpResponse<String> response = http.get("/boom");
        assertEquals(500, response.statusCode());
        Problem problem = Http.problem(response);
        assertNotNull(problem.errorId());
        assertEquals(problem.errorId(), UUID.fromString(problem.errorId()).toString());
        assertEquals("The server failed to handle the request; quote error id " + problem.errorId()
                + " when reporting it", problem.detail());
        for (String leak : new String[] {"secret", "hunter2", "IllegalStateException", "at dev.", "Exception"}) {
            assertFalse(response.body().contains(leak), "leaks " + leak + ": " + response.body());
        }
    }

    @Test
    void clientErrorsCarryNoErrorId() {
        assertNull(Http.problem(http.get("/orders/abc")).errorId());
    }

    @Test
    void requestsHelidonRejectsBeforeRoutingAreProblemsToo() throws IOException {
        String badHeader = raw("GET /orders HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n");
        assertTrue(badHeader.startsWith("HTTP/1.1 400 "), badHeader);
        assertTrue(badHeader.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), badHeader);
        assertTrue(badHeader.contains("\"status\":400"), badHeader);
        assertTrue(badHeader.contains("\"detail\":\"The request is malformed: Invalid header, missing colon\""), badHeader);

        String badEncoding = raw("GET /orders/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(badEncoding.startsWith("HTTP/1.1 400 "), badEncoding);
        assertTrue(badEncoding.contains("\"status\":400"), badEncoding);

        String http10 = raw("GET /orders HTTP/1.0\r\n\r\n");
        assertTrue(http10.startsWith("HTTP/1.1 505 "), http10);
        assertTrue(http10.contains("\"status\":505"), http10);
        assertFalse(http10.contains("errorId"), http10);
    }

    @Test
    void aHeadRequestRejectedBeforeRoutingGetsTheProblemHeadAndTheConnectionCloses() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("HEAD /orders HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
            assertTrue(answer.endsWith("\r\n\r\n"), "a head and nothing after it: " + answer);
        }
    }

    /** Sends bytes no well-behaved client would, and reads until the server closes or goes quiet. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(app.uri().getHost().equals("localhost") ? "127.0.0.1" : app.uri().getHost(),
                app.port())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream response = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    response.write(buffer, 0, n);
                    if (response.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException quiet) {
                // the server kept the connection open; what arrived is the answer
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void unparseableContentTypeIs400FromHelidonWithoutInternals() {
        HttpResponse<String> response = http.send("POST", "/orders", "application", NEW_ORDER);
        assertEquals(400, response.statusCode());
        Problem problem = Http.problem(response);
        assertEquals("Invalid content type", problem.detail());
        assertNull(problem.errorId());
    }

    @Test
    void unsupportedCharsetIs415() {
        Problem problem = Http.problem(http.send("POST", "/orders/1/notes", "text/plain; charset=klingon", "x"));
        assertEquals(415, problem.status());
        assertEquals("Charset 'klingon' is not supported; send text/plain; charset=UTF-8", problem.detail());
    }

    @Test
    void keepAliveConnectionServesRequestsAfterAnError() {
        for (int i = 0; i < 3; i++) {
            assertEquals(400, http.get("/orders/x").statusCode());
            assertEquals(200, http.get("/orders").statusCode());
        }
        assertEquals("[]", new String(http.get("/orders?customer=nobody").body().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
    }
}
