package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemCodec;
import dev.kiln.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain JDK HTTP, so the server is exercised by a client that is not Kiln's own. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /** GET with header name/value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** GET with {@code Authorization: Bearer <token>}. */
    HttpResponse<String> bearer(String path, String token) {
        return get(path, "Authorization", "Bearer " + token);
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response's problem document; fails unless it is application/problem+json with the response's status. */
    static Problem problem(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertEquals("application/problem+json", type, () -> "not a problem: " + response.statusCode() + " " + response.body());
        Problem problem = Json.decode(ProblemCodec.INSTANCE, response.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(response.statusCode(), problem.status(), response.body());
        return problem;
    }

    /** Asserts a 401 problem whose challenge contains {@code challengePart}; returns the challenge. */
    static String assertUnauthorized(HttpResponse<String> response, String challengePart) {
        assertEquals(401, response.statusCode(), response.body());
        problem(response);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains(challengePart), () -> "WWW-Authenticate '" + challenge + "' lacks " + challengePart);
        return challenge;
    }
}
