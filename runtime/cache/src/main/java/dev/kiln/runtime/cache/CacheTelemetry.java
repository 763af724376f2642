package dev.kiln.runtime.cache;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.BatchCallback;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import io.opentelemetry.api.trace.Span;
import java.util.List;
import java.util.function.Supplier;

/**
 * The caches on OpenTelemetry: a {@code kiln.cache.get} event on the current span per read ({@code kiln.cache.name},
 * {@code kiln.cache.hit}), and observable instruments over {@link CacheStatistics}, read when a metric reader
 * collects: Caffeine already counts hits and misses, so a hit pays no counter of ours. Made only with telemetry.
 */
final class CacheTelemetry {
    static final AttributeKey<String> NAME = AttributeKey.stringKey("kiln.cache.name");
    static final AttributeKey<Boolean> HIT = AttributeKey.booleanKey("kiln.cache.hit");
    static final AttributeKey<String> RESULT = AttributeKey.stringKey("kiln.cache.result");
    static final AttributeKey<String> CAUSE = AttributeKey.stringKey("kiln.cache.eviction.cause");
    static final AttributeKey<String> STORE = AttributeKey.stringKey("kiln.cache.store");
    /** The span event of a read. */
    static final String GET_EVENT = "kiln.cache.get";

    private CacheTelemetry() {}

    /** The attributes of the span event of a read of cache {@code name}: made once per cache, per outcome. */
    static Attributes getEvent(String name, boolean hit) {
        return Attributes.of(NAME, name, HIT, hit);
    }

    /** Marks the current span, if one is recording, with a read. */
    static void recordGet(Attributes event) {
        Span span = Span.current();
        if (span.isRecording()) {
            span.addEvent(GET_EVENT, event);
        }
    }

    static BatchCallback register(Meter meter, Supplier<List<CacheStatistics>> statistics) {
        ObservableLongMeasurement gets = meter.counterBuilder("kiln.cache.gets").setUnit("{get}")
                .setDescription("Reads of the near cache, by result (hit or miss)").buildObserver();
        ObservableLongMeasurement loads = meter.counterBuilder("kiln.cache.loads").setUnit("{load}")
                .setDescription("Methods run to fill a miss").buildObserver();
        ObservableLongMeasurement loadFailures = meter.counterBuilder("kiln.cache.load_failures").setUnit("{load}")
                .setDescription("Loads whose method threw").buildObserver();
        ObservableLongMeasurement evictions = meter.counterBuilder("kiln.cache.evictions").setUnit("{eviction}")
                .setDescription("Entries evicted: by @CacheEvict/@CachePut (explicit), or by size or TTL")
                .buildObserver();
        ObservableLongMeasurement size = meter.upDownCounterBuilder("kiln.cache.size").setUnit("{entry}")
                .setDescription("Entries held on this instance (Caffeine's estimate)").buildObserver();
        return meter.batchCallback(() -> {
            for (CacheStatistics cache : statistics.get()) {
                Attributes of = Attributes.of(NAME, cache.name(), STORE, cache.store());
                gets.record(cache.hits(), of.toBuilder().put(RESULT, "hit").build());
                gets.record(cache.misses(), of.toBuilder().put(RESULT, "miss").build());
                loads.record(cache.loads(), of);
                loadFailures.record(cache.loadFailures(), of);
                evictions.record(cache.evictions(), of.toBuilder().put(CAUSE, "explicit").build());
                evictions.record(cache.evictedBySizeOrTtl(), of.toBuilder().put(CAUSE, "size_or_ttl").build());
                size.record(cache.size(), of);
            }
        }, gets, loads, loadFailures, evictions, size);
    }
}
