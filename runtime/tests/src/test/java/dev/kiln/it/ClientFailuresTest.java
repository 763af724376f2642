package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.BadGatewayException;
import dev.kiln.runtime.http.GatewayTimeoutException;
import dev.kiln.runtime.http.ServiceUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the generated clients fail and how their builders configure them: unreachable services, timeouts,
 * answers that are not what the route promised, and configuration mistakes.
 */
class ClientFailuresTest {
    private static KilnHandle app;

    @BeforeAll
    static void start() {
        app = TestServer.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aClosedPortIsAServiceUnavailableExceptionNamingTheTarget() {
        int port = freePort();
        DocumentsApi documents = DocumentsApiClient.create(URI.create("http://localhost:" + port));

        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, documents::all);

        assertEquals(503, e.status());
        assertEquals(Optional.of("documents"), e.service());
        assertInstanceOf(IOException.class, e.getCause());
        assertEquals(503, e.problem().status());
        String detail = e.problem().detail();
        assertTrue(detail.startsWith("Service 'documents' could not be reached at http://localhost:" + port
                + " (GET http://localhost:" + port + "/documents): "), detail);
        assertTrue(e.getMessage().contains("http://localhost:" + port), e.getMessage());
    }

    @Test
    void aReadTimeoutShorterThanTheRouteIsAGatewayTimeoutException() {
        DocumentsApi impatient = DocumentsApiClient.builder()
                .baseUri(app.uri())
                .readTimeout(Duration.ofMillis(300))
                .build();

        long started = System.nanoTime();
        GatewayTimeoutException e = assertThrows(GatewayTimeoutException.class, () -> impatient.slow(1_500));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(504, e.status());
        assertEquals(Optional.of("documents"), e.service());
        assertEquals("Service 'documents' did not answer GET " + app.uri() + "/documents/slow in time",
                e.problem().detail());
        assertTrue(elapsedMillis < 1_200, "gave up after " + elapsedMillis + " ms");
    }

    @Test
    void aReadTimeoutLongerThanTheRouteLetsItAnswer() {
        DocumentsApi patient = DocumentsApiClient.builder()
                .baseUri(app.uri())
                .readTimeout(Duration.ofSeconds(5))
                .build();

        assertEquals("slept 200ms", patient.slow(200));
    }

    @Test
    void timeoutsAndUriComeFromConfiguration() {
        KilnConfig config = KilnConfig.of(Map.of(
                "kiln.clients.documents.uri", app.uri().toString(),
                "kiln.clients.documents.connect-timeout", "1s",
                "kiln.clients.documents.read-timeout", "200ms"));
        DocumentsApi configured = DocumentsApiClient.builder().config(config).build();

        assertEquals(Color.BLUE, configured.color(Color.BLUE));
        assertThrows(GatewayTimeoutException.class, () -> configured.slow(1_000));
    }

    @Test
    void aMissingConfiguredUriWithoutARegistryNamesTheKeyAndTheRegistry() {
        // Without kiln.clients.<service>.uri a client may still find its service in a registry, so the builder
        // refuses only when neither is given, naming both.
        DocumentsApiClient.Builder builder = DocumentsApiClient.builder().config(KilnConfig.of(Map.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);

        assertTrue(e.getMessage().startsWith("No base URI for service 'documents'"), e.getMessage());
        assertTrue(e.getMessage().contains("kiln.clients.documents.uri"), e.getMessage());
        assertTrue(e.getMessage().contains("registry(...)"), e.getMessage());
    }

    @Test
    void aBuilderWithoutABaseUriOrWithABadOneIsRefused() {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> DocumentsApiClient.builder().build());
        assertTrue(none.getMessage().startsWith("No base URI for service 'documents'"), none.getMessage());

        IllegalArgumentException relative = assertThrows(IllegalArgumentException.class,
                () -> DocumentsApiClient.builder().baseUri("localhost:8080"));
        assertEquals("'baseUri' of service 'documents' must be an absolute http(s) URI such as http://localhost:8080,"
                + " but is 'localhost:8080'", relative.getMessage());
    }

    @Test
    void aBaseUriWithATrailingSlashWorks() {
        DocumentsApi documents = DocumentsApiClient.create(URI.create(app.uri() + "/"));

        assertEquals(Color.RED, documents.color(Color.RED));
    }

    @Test
    void builderHeadersGoWithEveryCall() {
        ScalarsApi scalars = ScalarsApiClient.builder().baseUri(app.uri()).header("X-Mode", "from-builder").build();

        Shapes shapes = scalars.shapes(Optional.empty(), 1, Color.RED, List.of(), Set.of(), Optional.empty(),
                Optional.empty(), List.of(), null);

        assertEquals("from-builder", shapes.mode());
    }

    @Test
    void aSuccessBodyThatDoesNotDecodeIsABadGatewayException() throws IOException {
        HttpServer fake = fake(200, "application/json", "{\"not\": \"a list\"}");
        try {
            DocumentsApi documents = DocumentsApiClient.create(uriOf(fake));

            BadGatewayException e = assertThrows(BadGatewayException.class, documents::all);

            assertEquals(502, e.status());
            assertEquals(Optional.of("documents"), e.service());
            assertEquals("Service 'documents' answered GET /documents with 200 and a body that does not fit:"
                    + " expected an array but got an object", e.problem().detail());
        } finally {
            fake.stop(0);
        }
    }

    @Test
    void aNonProblemErrorBodyIsWrappedInASynthesisedProblem() throws IOException {
        HttpServer fake = fake(503, "text/plain; charset=UTF-8", "overloaded, try later\n");
        try {
            DocumentsApi documents = DocumentsApiClient.create(uriOf(fake));

            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> documents.color(Color.RED));

            assertEquals(503, e.status());
            assertEquals("Service 'documents' answered GET /documents/color with 503 Service Unavailable:"
                    + " overloaded, try later", e.problem().detail());
        } finally {
            fake.stop(0);
        }
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsABadGatewayException() throws Exception {
        try (ServerSocket hangUp = new ServerSocket(0)) {
            // Every connection is read and closed without an answer: a GET is sent once more on a new connection
            // (it may have met a kept-alive connection the server had closed), then fails.
            java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
            Thread.ofVirtual().start(() -> {
                while (!hangUp.isClosed()) {
                    try (Socket socket = hangUp.accept()) {
                        connections.incrementAndGet();
                        socket.getInputStream().read(new byte[1024]);
                    } catch (IOException e) {
                        return; // closed at the end of the test
                    }
                }
            });
            DocumentsApi documents = DocumentsApiClient.builder()
                    .baseUri(URI.create("http://localhost:" + hangUp.getLocalPort()))
                    .readTimeout(Duration.ofSeconds(2))
                    .build();

            RuntimeException e = assertThrows(RuntimeException.class, documents::all);

            BadGatewayException client = assertInstanceOf(BadGatewayException.class, e);
            assertEquals(Optional.of("documents"), client.service());
            assertTrue(client.problem().detail().startsWith("Service 'documents' closed the connection without a"
                    + " complete answer to GET http://localhost:" + hangUp.getLocalPort() + "/documents"),
                    client.problem().detail());
            assertEquals(2, connections.get(), "sent once more on a new connection, not again after that");
        }
    }

    /** A JDK HTTP server answering every request with one fixed response. */
    private static HttpServer fake(int status, String contentType, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI uriOf(HttpServer server) {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /** A port nothing listens on: bound once to pick it, then released. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
