package dev.kiln.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.messaging.TestTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A read marks the current span; the statistics are observable instruments; without telemetry nothing is made. */
class CacheTelemetryTest {
    private static final CacheSpec<String, Optional<String>> PRODUCTS = new CacheSpec<>("products",
            Duration.ofMinutes(5), JsonCodecs.STRING, JsonCodecs.optional(JsonCodecs.STRING));
    private final TestTelemetry telemetry = new TestTelemetry();

    @AfterEach
    void close() {
        telemetry.close();
    }

    private static Optional<String> find(KilnCache<String, Optional<String>> cache, String sku) {
        return AsGenerated.get(cache, sku, () -> Optional.of("product " + sku));
    }

    @Test
    void aMissAndAHitAreEventsOfTheCurrentSpan() {
        Caches caches = Caches.create(KilnConfig.of(Map.of()), Optional.empty(), telemetry.telemetry);
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);
        Span request = telemetry.sdk.getTracer("test").spanBuilder("GET /products/{sku}").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            find(products, "a");
            find(products, "a");
        } finally {
            request.end();
        }
        find(products, "b");   // no span current: nothing to mark, and nothing fails

        SpanData span = telemetry.one("GET /products/{sku}");
        List<EventData> events = span.getEvents();
        assertEquals(List.of("kiln.cache.get", "kiln.cache.get"), events.stream().map(EventData::getName).toList());
        assertEquals(Attributes.of(AttributeKey.stringKey("kiln.cache.name"), "products",
                AttributeKey.booleanKey("kiln.cache.hit"), false), events.get(0).getAttributes());
        assertEquals(Attributes.of(AttributeKey.stringKey("kiln.cache.name"), "products",
                AttributeKey.booleanKey("kiln.cache.hit"), true), events.get(1).getAttributes());
    }

    @Test
    void getsLoadsEvictionsAndSizeAreReadFromTheStatistics() {
        Caches caches = Caches.create(KilnConfig.of(Map.of()), Optional.empty(), telemetry.telemetry);
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);
        find(products, "a");
        find(products, "a");
        find(products, "a");
        find(products, "b");
        products.evict("b");

        Collection<MetricData> metrics = telemetry.collect();
        assertEquals(2L, point(metrics, "kiln.cache.gets", "kiln.cache.result", "hit"));
        assertEquals(2L, point(metrics, "kiln.cache.gets", "kiln.cache.result", "miss"));
        assertEquals(2L, point(metrics, "kiln.cache.loads", "kiln.cache.name", "products"));
        assertEquals(0L, point(metrics, "kiln.cache.load_failures", "kiln.cache.name", "products"));
        assertEquals(1L, point(metrics, "kiln.cache.evictions", "kiln.cache.eviction.cause", "explicit"));
        assertEquals(1L, point(metrics, "kiln.cache.size", "kiln.cache.name", "products"));
        assertTrue(TestTelemetry.points(metrics, "kiln.cache.gets").stream()
                .allMatch(a -> "memory".equals(a.get(AttributeKey.stringKey("kiln.cache.store")))));

        caches.stop();
        assertTrue(TestTelemetry.metric(telemetry.collect(), "kiln.cache.gets").isEmpty(), "stopped: not observed");
    }

    @Test
    void withoutTelemetryAReadMarksNoSpan() {
        Caches caches = Caches.create(KilnConfig.of(Map.of()), Optional.empty());
        KilnCache<String, Optional<String>> products = caches.cache(PRODUCTS);
        Span request = telemetry.sdk.getTracer("test").spanBuilder("GET /products/{sku}").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            find(products, "a");
        } finally {
            request.end();
        }
        assertEquals(List.of(), telemetry.one("GET /products/{sku}").getEvents());
    }

    private static Object point(Collection<MetricData> metrics, String name, String key, String value) {
        return TestTelemetry.value(metrics, name, AttributeKey.stringKey(key), value);
    }
}
