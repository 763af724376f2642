package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that fail before or around the service call: media types, empty and oversized bodies,
 * unknown paths, wrong methods, and a service that throws. Each answer is a problem document.
 */
class RequestErrorsHttpTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static KilnHandle app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = TestServer.start();
        http = new RawHttp(app.uri());
        DocumentsApiClient.create(app.uri()).create(Fixtures.minimal("here"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void jsonRouteRefusesOtherMediaTypesWith415() {
        Map<String, Object> text = RawHttp.problem(http.send("POST", "/documents", "text/plain", "{}"), 415);
        assertEquals("Content-Type 'text/plain' is not supported here; send the body as application/json",
                RawHttp.detail(text));
        assertEquals("Unsupported Media Type", text.get("title"));

        Map<String, Object> xml = RawHttp.problem(http.send("POST", "/documents", "application/xml", "<a/>"), 415);
        assertEquals("Content-Type 'application/xml' is not supported here; send the body as application/json",
                RawHttp.detail(xml));

        Map<String, Object> none = RawHttp.problem(http.send("POST", "/documents", null, "{}"), 415);
        assertEquals("The request has no Content-Type; send the body as application/json", RawHttp.detail(none));
    }

    @Test
    void jsonRouteAcceptsStructuredJsonTypesAndACharset() {
        String body = JsonTree.write(Fixtures.json("vendor"));
        assertEquals(201, http.send("POST", "/documents", "application/vnd.kiln.doc+json", body).statusCode());
        assertEquals(201, http.send("POST", "/documents", "Application/JSON; charset=UTF-8", body).statusCode());
    }

    @Test
    void textRouteRefusesJsonWith415AndDecodesItsCharset() {
        Map<String, Object> problem = RawHttp.problem(
                http.send("POST", "/documents/here/notes", "application/json", "\"note\""), 415);
        assertEquals("Content-Type 'application/json' is not supported here; send the body as text/plain",
                RawHttp.detail(problem));

        HttpResponse<String> latin1 = http.send("POST", "/documents/here/notes", "text/plain; charset=ISO-8859-1",
                new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertEquals(200, latin1.statusCode(), latin1.body());
        assertTrue(latin1.body().endsWith("café"), latin1.body());
        assertEquals("text/plain; charset=UTF-8", latin1.headers().firstValue("Content-Type").orElseThrow());

        Map<String, Object> unknown = RawHttp.problem(
                http.send("POST", "/documents/here/notes", "text/plain; charset=klingon", "x"), 415);
        assertEquals("Charset 'klingon' is not supported; send text/plain; charset=UTF-8", RawHttp.detail(unknown));
    }

    @Test
    void emptyJsonBodyIs400() {
        JsonBodyErrorsHttpTest.assertJsonProblem(http.send("POST", "/documents", "application/json", ""), "",
                "Request body is empty");
        JsonBodyErrorsHttpTest.assertJsonProblem(http.send("POST", "/documents", "application/json", " \r\n\t"), "",
                "Request body is empty");
        JsonBodyErrorsHttpTest.assertJsonProblem(http.send("POST", "/documents", "application/json", (byte[]) null),
                "", "Request body is empty");
    }

    @Test
    void bodyOverTheLimitIs413WithContentLength() {
        // Refused on the announced length alone, before a byte of the body is read.
        RawSocket.Response response = RawSocket.head(app.port(), "PATCH /documents/here/scores HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (TestServer.MAX_PAYLOAD + 1) + "\r\n\r\n");

        assertEquals(413, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        Map<String, Object> problem = JsonTree.object(response.body());
        assertEquals("The request body is larger than the limit of 65536 bytes", RawHttp.detail(problem));
        assertEquals("/documents/here/scores", problem.get("instance"));
    }

    @Test
    void bodyOverTheLimitIs413WhenChunked() {
        RawSocket.Response response = RawSocket.chunked(app.port(), "PUT /documents/here/content HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n",
                TestServer.MAX_PAYLOAD + 1);

        assertEquals(413, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        Map<String, Object> problem = JsonTree.object(response.body());
        assertEquals("The request body is larger than the limit of 65536 bytes", RawHttp.detail(problem));
    }

    /**
     * A chunked body whose framing is broken (a chunk size that is not hex, negative or too large) is the client's
     * mistake: 400 whatever the route reads the body as (JSON, text or
     * bytes), never a 500 from the chunk parser's failure escaping the body reader.
     */
    @Test
    void malformedChunkedBodiesAre400() {
        String[][] routes = {
                {"POST /documents", "application/json"},
                {"POST /documents/here/notes", "text/plain"},
                {"PUT /documents/here/content", "application/octet-stream"}};
        String[] bodies = {
                "zz\r\n{}\r\n0\r\n\r\n",            // chunk size not hex
                "-1\r\n{}\r\n0\r\n\r\n",            // negative chunk size
                "fffffffffffffffffff\r\n{}\r\n0\r\n\r\n"}; // chunk size overflows
        for (String[] route : routes) {
            for (String body : bodies) {
                RawSocket.Response response = RawSocket.head(app.port(), route[0] + " HTTP/1.1\r\n"
                        + "Host: localhost\r\nContent-Type: " + route[1] + "\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\n" + body);
                String what = route[0] + " with " + body.replace("\r\n", "\\r\\n");
                assertEquals(400, response.status(), what + ": " + response.head() + response.body());
                assertTrue(response.head().toLowerCase(java.util.Locale.ROOT)
                        .contains("content-type: application/problem+json"), what + ": " + response.head());
                String detail = RawHttp.detail(JsonTree.object(response.body()));
                assertTrue(detail.contains("chunked"), what + ": " + detail);
            }
        }
        // Still serving.
        assertEquals(200, http.get("/documents/here").statusCode());
    }

    @Test
    void bodyAtTheLimitIsAcceptedAndOneByteMoreIsNot() {
        HttpResponse<String> atLimit = http.send("PUT", "/documents/here/content", "application/octet-stream",
                new byte[TestServer.MAX_PAYLOAD]);
        assertEquals(200, atLimit.statusCode(), atLimit.body());

        RawSocket.Response over = RawSocket.head(app.port(), "PUT /documents/here/content HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Length: " + (TestServer.MAX_PAYLOAD + 1) + "\r\n\r\n");
        assertEquals(413, over.status(), over.body());

        // The server is still serving after refusing a body.
        assertEquals(200, http.get("/documents/here").statusCode());
    }

    @Test
    void unknownPathIs404NoRoute() {
        Map<String, Object> problem = RawHttp.problem(http.get("/nope?x=1"), 404);
        assertEquals("urn:kiln:problem:no-route", problem.get("type"));
        assertEquals("No route serves GET /nope", RawHttp.detail(problem));
        assertEquals("/nope", problem.get("instance"));

        Map<String, Object> deeper =
                RawHttp.problem(http.send("DELETE", "/documents/a/b/c", null, (byte[]) null), 404);
        assertEquals("No route serves DELETE /documents/a/b/c", RawHttp.detail(deeper));
    }

    @Test
    void missingResourceIsTheRoutesOwn404NotNoRoute() {
        Map<String, Object> optional = RawHttp.problem(http.get("/documents/missing"), 404);
        assertEquals("about:blank", optional.get("type"));
        assertEquals("The requested resource does not exist", RawHttp.detail(optional));

        Map<String, Object> thrown =
                RawHttp.problem(http.send("DELETE", "/documents/missing", null, (byte[]) null), 404);
        assertEquals("No document missing", RawHttp.detail(thrown));
        assertEquals("/documents/missing", thrown.get("instance"));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> collection = http.send("PUT", "/documents", "application/json", "{}");
        Map<String, Object> problem = RawHttp.problem(collection, 405);
        assertEquals("POST, GET, HEAD", collection.headers().firstValue("Allow").orElseThrow());
        assertEquals("Method PUT is not allowed on /documents; allowed: POST, GET, HEAD", RawHttp.detail(problem));
        assertEquals("Method Not Allowed", problem.get("title"));

        HttpResponse<String> query = http.send("DELETE", "/scalars/query", null, (byte[]) null);
        RawHttp.problem(query, 405);
        assertEquals("GET, HEAD", query.headers().firstValue("Allow").orElseThrow());

        HttpResponse<String> item = http.send("POST", "/documents/abc", "application/json", "{}");
        RawHttp.problem(item, 405);
        assertEquals("GET, HEAD, DELETE", item.headers().firstValue("Allow").orElseThrow());

        HttpResponse<String> tags = http.send("PATCH", "/documents/abc/tags", "application/json", "[]");
        RawHttp.problem(tags, 405);
        assertEquals("PUT", tags.headers().firstValue("Allow").orElseThrow());
    }

    /**
     * RFC 9110 §9.3.2: a GET route serves HEAD with the GET answer's status and headers, its length as
     * Content-Length, and no body. Checked on the wire: a HEAD and a GET pipelined on one connection must come
     * back as a bare head followed by the full GET answer.
     */
    @Test
    void headOnAGetRouteAnswersTheGetHeadWithoutABody() throws IOException {
        String wire = pipelined("HEAD /scalars/shapes HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /scalars/shapes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String[] parts = wire.split("\r\n\r\n", 3);
        String headHead = parts[0];
        String getHead = parts[1];
        String getBody = parts[2];
        assertTrue(headHead.startsWith("HTTP/1.1 200 OK"), wire);
        assertTrue(getHead.startsWith("HTTP/1.1 200 OK"), "the GET answer follows the HEAD head at once: " + wire);
        assertEquals(header(getHead, "Content-Type"), header(headHead, "Content-Type"));
        assertEquals("application/json", header(headHead, "Content-Type"));
        assertEquals(String.valueOf(getBody.getBytes(StandardCharsets.UTF_8).length), header(headHead, "Content-Length"));
        assertEquals(header(getHead, "Content-Length"), header(headHead, "Content-Length"));
        assertTrue(getBody.startsWith("{"), getBody);

        // Through a client, with parameters, and on a route whose GET answers 404 itself.
        HttpResponse<String> head = http.send("HEAD", "/scalars/shapes", null, (byte[]) null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        HttpResponse<String> missing = http.send("HEAD", "/documents/missing", null, (byte[]) null);
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("", missing.body());
    }

    /** The problems a HEAD request gets (bad parameter, no route, wrong method) carry their heads only. */
    @Test
    void headRequestsThatFailGetProblemHeadsWithoutBodies() throws IOException {
        String wire = pipelined("HEAD /documents/missing HTTP/1.1\r\nHost: x\r\n\r\n"
                + "HEAD /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
                + "HEAD /documents/a/b/c HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /documents/missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String[] parts = wire.split("\r\n\r\n", 5);
        assertEquals(5, parts.length, wire);
        assertTrue(parts[0].startsWith("HTTP/1.1 404"), wire);
        assertTrue(parts[1].startsWith("HTTP/1.1 404"), wire);
        assertTrue(parts[2].startsWith("HTTP/1.1 404"), wire);
        assertTrue(parts[3].startsWith("HTTP/1.1 404"), "the last answer follows the three heads at once: " + wire);
        assertEquals(header(parts[3], "Content-Length"), header(parts[0], "Content-Length"));
        assertEquals("application/problem+json", header(parts[1], "Content-Type"));
        assertTrue(parts[4].contains("The requested resource does not exist"), parts[4]);

        // A path served by POST only: 405, and the Allow header lists what is served.
        HttpResponse<String> wrong = http.send("HEAD", "/documents/here/notes", null, (byte[]) null);
        assertEquals(405, wrong.statusCode());
        assertEquals("POST", wrong.headers().firstValue("Allow").orElseThrow());
        assertEquals("", wrong.body());
    }

    /** Writes {@code requests} on one connection and reads every answer, until the server closes it. */
    private static String pipelined(String requests) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput(); // the server closes its side once it has answered everything
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        throw new AssertionError("no " + name + " in " + head);
    }

    @Test
    void throwingRouteIs500WithAnErrorIdAndNoDetailOfTheFailure() {
        HttpResponse<String> response = http.get(RawHttp.BOOM);

        Map<String, Object> problem = RawHttp.problem(response, 500);
        String errorId = (String) problem.get("errorId");
        assertTrue(UUID.matcher(errorId).matches(), errorId);
        assertEquals("The server failed to handle the request; quote error id " + errorId + " when reporting it",
                RawHttp.detail(problem));
        assertEquals("Internal Server Error", problem.get("title"));
        assertEquals(RawHttp.BOOM, problem.get("instance"));
        for (String leak : new String[] {"hunter2", "secret", "password", "IllegalState", "DocumentsService"}) {
            assertFalse(response.body().contains(leak), () -> leak + " leaked: " + response.body());
        }
        RawHttp.assertNoLeak(response.body());

        String second = (String) RawHttp.problem(http.get(RawHttp.BOOM), 500).get("errorId");
        assertFalse(errorId.equals(second), "each failure gets its own error id");
    }

    @Test
    void emptyTextAndBytesBodiesAreValid() {
        HttpResponse<String> note = http.send("POST", "/documents/here/notes", "text/plain", "");
        assertEquals(200, note.statusCode(), note.body());

        HttpResponse<String> content = http.send("PUT", "/documents/here/content", "application/octet-stream",
                new byte[0]);
        assertEquals(200, content.statusCode(), content.body());
        assertEquals("application/octet-stream", content.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void errorBodiesAreUtf8Json() {
        HttpResponse<String> response = http.get("/documents/color?color=" + Wire.enc("ROUGE€"));

        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertEquals("Query parameter 'color' must be one of RED, GREEN, BLUE, but was 'ROUGE€'",
                RawHttp.detail(problem));
        assertEquals(response.body().getBytes(StandardCharsets.UTF_8).length,
                Integer.parseInt(response.headers().firstValue("Content-Length").orElseThrow()));
    }
}
