package dev.kiln.runtime.testapp;

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

/** Plain JDK HTTP for tests, so the server is exercised by a client that is not Kiln's own. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(path, headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** The response's problem document; fails the test unless it is application/problem+json. */
    public static Problem problem(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.equals("application/problem+json")) {
            throw new AssertionError("Expected application/problem+json but got '" + type + "': " + response.body());
        }
        return Json.decode(ProblemCodec.INSTANCE, response.body().getBytes(StandardCharsets.UTF_8));
    }
}
