package dev.kiln.runtime.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Real HTTP calls to an operations endpoint ({@code /kiln/messaging}, {@code /kiln/caches}, …) and what every answer
 * of one must be: JSON that is never cached, or a problem. Shared through this module's test-jar.
 */
public final class EndpointHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EndpointHttp() {}

    public static HttpResponse<String> get(URI app, String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).GET());
    }

    public static HttpResponse<String> post(URI app, String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static HttpResponse<String> delete(URI app, String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).DELETE());
    }

    /** A 200 with JSON and {@code Cache-Control: no-store}: its body. */
    public static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", contentType(response), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return response.body();
    }

    /** A problem with {@code status} whose body says {@code detail}. */
    public static void problem(int status, HttpResponse<String> response, String detail) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
        assertEquals("application/problem+json", contentType(response), response.body());
        assertTrue(response.body().contains(detail), response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }
}
