package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.runtime.registry.ServiceInstance;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting and stopping the generated {@code KilnTestApp}: what it announces, and what is left after close. */
class LifecycleTest {

    @Test
    void startAnnouncesItsPortUriDescriptorAndServices() {
        try (KilnHandle app = TestServer.start()) {
            assertTrue(app.isRunning());
            assertTrue(app.port() > 0);
            assertEquals(URI.create("http://localhost:" + app.port()), app.uri());
            assertEquals("dev.kiln.it.TestApp", app.descriptor().name());
            assertEquals(List.of("documents", "scalars", "secure", "traced", "validation"),
                    app.descriptor().services().stream().map(s -> s.name()).toList());
            for (String service : List.of("documents", "scalars", "secure", "traced", "validation")) {
                List<ServiceInstance> instances = app.registry().lookup(service);
                assertEquals(1, instances.size(), service);
                assertEquals(app.uri(), instances.getFirst().uri());
            }
        }
    }

    @Test
    void twoAppsOnPortZeroGetDifferentPorts() {
        try (KilnHandle first = TestServer.start(); KilnHandle second = TestServer.start()) {
            assertNotEquals(first.port(), second.port());
            assertEquals(Color.RED, DocumentsApiClient.create(first.uri()).color(Color.RED));
            assertEquals(Color.BLUE, DocumentsApiClient.create(second.uri()).color(Color.BLUE));
        }
    }

    @Test
    void closeDeregistersStopsAndThenThePortRefusesConnections() {
        KilnHandle app = TestServer.start();
        int port = app.port();
        DocumentsApi documents = DocumentsApiClient.create(app.uri());
        assertEquals(Color.GREEN, documents.color(Color.GREEN));

        app.close();

        assertFalse(app.isRunning());
        assertEquals(List.of(), app.registry().lookup("documents"));
        assertEquals(List.of(), app.registry().lookup("scalars"));
        assertEquals(List.of(), app.registry().lookup("secure"));
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 2_000);
            }
        });
        assertThrows(ServiceUnavailableException.class, () -> documents.color(Color.GREEN));
    }

    @Test
    void closeIsIdempotent() {
        KilnHandle app = TestServer.start();
        app.close();
        app.close();

        assertFalse(app.isRunning());
    }

    @Test
    void aRequestInFlightAtCloseFinishesAndSaysTheConnectionCloses() throws Exception {
        KilnHandle app = TestServer.start();
        RawHttp http = new RawHttp(app.uri());
        CompletableFuture<HttpResponse<String>> inFlight =
                CompletableFuture.supplyAsync(() -> http.get("/documents/slow?millis=600"));
        // Let the request reach the service before closing.
        Thread.sleep(200);

        long started = System.nanoTime();
        app.close();
        long closeMillis = (System.nanoTime() - started) / 1_000_000;

        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("slept 600ms", response.body());
        assertEquals("close", response.headers().firstValue("Connection").orElse("(not exposed by the client)"));
        assertTrue(closeMillis < 4_000, "close took " + closeMillis + " ms");
    }

    @Test
    void aPortInUseFailsTheStartNamingHostAndPort() {
        try (KilnHandle first = TestServer.start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> TestServer.start(Map.of("server.port", String.valueOf(first.port()))));

            assertTrue(e.getMessage().contains("0.0.0.0:" + first.port()), e.getMessage());
            assertTrue(first.isRunning());
        }
    }

    @Test
    void theAppServesAgainAfterARestartOnTheSamePort() throws IOException {
        KilnHandle first = TestServer.start();
        int port = first.port();
        first.close();

        try (KilnHandle second = TestServer.start(Map.of("server.port", String.valueOf(port)))) {
            assertEquals(port, second.port());
            assertEquals(Color.BLUE, DocumentsApiClient.create(second.uri()).color(Color.BLUE));
        }
    }
}
