package dev.kiln.runtime.cache;

import static dev.kiln.runtime.messaging.EndpointHttp.delete;
import static dev.kiln.runtime.messaging.EndpointHttp.get;
import static dev.kiln.runtime.messaging.EndpointHttp.ok;
import static dev.kiln.runtime.messaging.EndpointHttp.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.net.URI;
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

}
