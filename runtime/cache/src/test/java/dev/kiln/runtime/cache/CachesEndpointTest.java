package dev.kiln.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /kiln/caches} and the {@code cache} readiness check over real HTTP, on a real server. */
class CachesEndpointTest {
    private static final ApplicationDescriptor CATALOG = new ApplicationDescriptor("com.example.CatalogApp", "catalog",
            List.of(), List.of());
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final Caches caches = Caches.create(KilnConfig.of(Map.of("kiln.cache.products.max-size", "500")),
            Optional.empty());
    private final KilnCache<String, String> products = caches.cache(new CacheSpec<>("products", Duration.ofMinutes(5),
            JsonCodecs.STRING, JsonCodecs.STRING));

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    @Test
    void figuresOfEveryCacheAndOfOne() {
        URI app = serve(false);
        AsGenerated.get(products, "a", () -> "product a");
        AsGenerated.get(products, "a", () -> "product a");
        AsGenerated.get(products, "b", () -> "product b");
        caches.cache(new CacheSpec<String, String>("prices", null, null, null));

        assertEquals("{\"caches\":[{\"name\":\"prices\",\"store\":\"memory\",\"size\":0,\"hits\":0,\"misses\":0,"
                + "\"loads\":0,\"loadFailures\":0,\"evictions\":0,\"evictedBySizeOrTtl\":0,\"ttlMillis\":3600000,"
                + "\"maxSize\":10000},{\"name\":\"products\",\"store\":\"memory\",\"size\":2,\"hits\":1,\"misses\":2,"
                + "\"loads\":2,\"loadFailures\":0,\"evictions\":0,\"evictedBySizeOrTtl\":0,\"ttlMillis\":300000,"
                + "\"maxSize\":500}]}", ok(get(app, "/kiln/caches")));
        assertTrue(ok(get(app, "/kiln/caches/products")).startsWith("{\"name\":\"products\",\"store\":\"memory\",\"size\":2,"));
        problem(404, get(app, "/kiln/caches/nope"), "The application has no cache named 'nope'");
    }

    @Test
    void clearingEvictsEveryEntryWhenTurnedOn() {
        URI app = serve(true);
        AsGenerated.get(products, "a", () -> "product a");
        assertEquals("{\"name\":\"products\",\"cleared\":true}", ok(delete(app, "/kiln/caches/products")));
        assertNull(products.getIfPresent("a"));
        problem(404, delete(app, "/kiln/caches/nope"), "no cache named 'nope'");
    }

    @Test
    void clearingIsRefusedUnlessTurnedOn() {
        URI app = serve(false);
        AsGenerated.get(products, "a", () -> "product a");
        HttpResponse<String> refused = delete(app, "/kiln/caches/products");
        problem(405, refused, "kiln.cache.endpoint.write=true");
        assertEquals("GET", refused.headers().firstValue("Allow").orElse(""));
        assertEquals("product a", products.getIfPresent("a"), "nothing cleared");
    }

    @Test
    void readinessIsUpWithTheStore() {
        URI app = serve(false);
        HttpResponse<String> ready = get(app, "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("{\"name\":\"cache\",\"status\":\"UP\",\"data\":{\"store\":\"memory\"}}"),
                ready.body());
    }

    private URI serve(boolean write) {
        KilnHandle handle = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0")), CATALOG)
                .healthChecks(List.of(caches.healthCheck()))
                .routers(List.of(new CachesEndpoint(caches, write)))
                .start();
        closing.add(handle);
        return handle.uri();
    }

    private HttpResponse<String> get(URI app, String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).GET());
    }

    private HttpResponse<String> delete(URI app, String path) {
        return send(HttpRequest.newBuilder(app.resolve(path)).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", contentType(response), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return response.body();
    }

    private static void problem(int status, HttpResponse<String> response, String detail) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
        assertEquals("application/problem+json", contentType(response), response.body());
        assertTrue(response.body().contains(detail), response.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }
}
