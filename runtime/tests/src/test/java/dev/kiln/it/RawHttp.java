package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain JDK HTTP against the test app, so the server is exercised by a client that is not Kiln's own.
 * Every answer is checked on the way in: no 5xx except from the route that fails on purpose, and no
 * error body that gives away Java internals.
 *
 * <pre>{@code
 * RawHttp http = new RawHttp(app.uri());
 * Map<String, Object> problem = RawHttp.problem(http.get("/scalars/query?i=abc"), 400);
 * }</pre>
 */
final class RawHttp {
    /** The only route allowed to answer 5xx: it throws on purpose. */
    static final String BOOM = "/documents/boom";

    /** What a stack trace or a Java type name looks like in a body. */
    private static final Pattern LEAK = Pattern.compile("Exception|Throwable|\\tat |\\.java:\\d+"
            + "|java\\.|javax\\.|jakarta\\.|dev\\.kiln\\.|io\\.helidon|tools\\.jackson");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    RawHttp(URI base) {
        this.base = base;
    }

    /** GET {@code pathAndQuery} (already percent-encoded) with header name/value pairs. */
    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).GET().build());
    }

    /** Any method with a body ({@code null} for none) and content type ({@code null} for none). */
    HttpResponse<String> send(String method, String pathAndQuery, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(pathAndQuery, headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Like {@link #send(String, String, String, byte[], String...)} with a UTF-8 text body. */
    HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body, String... headers) {
        return send(method, pathAndQuery, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /** Sends a prepared request and applies the checks every answer must pass. */
    HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String path = request.uri().getRawPath();
        if (response.statusCode() >= 500 && !path.equals(BOOM)) {
            throw new AssertionError("Unexpected " + response.statusCode() + " for " + request.method() + " "
                    + request.uri() + ": " + response.body());
        }
        if (response.statusCode() >= 400) {
            assertNoLeak(response.body());
        }
        return response;
    }

    HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /**
     * Checks that {@code response} is a problem with {@code status} ({@code application/problem+json},
     * {@code status} member equal to the HTTP status, a title and a detail) and returns it parsed.
     */
    static Map<String, Object> problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null),
                () -> "body: " + response.body());
        Map<String, Object> problem = JsonTree.object(response.body());
        assertEquals(status, ((Number) problem.get("status")).intValue(), response.body());
        assertNotNull(problem.get("title"), response.body());
        assertNotNull(problem.get("detail"), response.body());
        return problem;
    }

    /** The problem's {@code detail}. */
    static String detail(Map<String, Object> problem) {
        return (String) problem.get("detail");
    }

    /** The problem's {@code errors} array (empty when absent). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(Map<String, Object> problem) {
        Object errors = problem.get("errors");
        return errors == null ? List.of() : (List<Map<String, Object>>) errors;
    }

    /** Fails when {@code body} shows a stack trace or names a Java type or package. */
    static void assertNoLeak(String body) {
        assertFalse(LEAK.matcher(body).find(), () -> "The body gives away internals: " + body);
    }
}
