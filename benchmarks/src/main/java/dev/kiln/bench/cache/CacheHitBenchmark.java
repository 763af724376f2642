package dev.kiln.bench.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kiln.runtime.cache.CacheLoad;
import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.cache.KilnCache;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A cache hit, ns per call, on one thread: {@code KilnCache.getIfPresent} (what a generated {@code @Cached} override
 * calls first) and a whole call of a {@code @Cached} method through its generated subclass ({@code generatedHit}:
 * what an application pays per hit, the null-key check included) against Caffeine's own {@code getIfPresent} of the
 * same key, in the same run:
 * <ul>
 *   <li>{@code caffeineSameConfig}: a Caffeine cache built as Kiln builds its own (bounded, expiring after write,
 *       statistics): the target is {@code kilnHit} ≤ 1.2× this;</li>
 *   <li>{@code caffeinePlain}: bounded only, the cheapest Caffeine cache, for scale.</li>
 * </ul>
 * Every contender reads the same {@code String} key object, so {@code -prof gc}'s B/op is what a hit allocates.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar CacheHitBenchmark -f 1 -wi 5 -w 1s -i 5 -r 1s -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CacheHitBenchmark {
    private static final String KEY = "sku-42";
    private static final Optional<String> VALUE = Optional.of("a product");

    private KilnCache<String, Optional<String>> kiln;
    /** Typed as the application's injection site sees it: the generated subclass is what the graph binds there. */
    private ProductNames generated;
    private Cache<String, Optional<String>> sameConfig;
    private Cache<String, Optional<String>> plain;

    @Setup
    public void setUp() {
        Caches caches = Caches.create(KilnConfig.of(Map.of()), Optional.empty());
        kiln = caches.cache(new CacheSpec<>("products", Duration.ofMinutes(5), JsonCodecs.STRING,
                JsonCodecs.optional(JsonCodecs.STRING)));
        // As KilnCacheModule and the generated module build it: one Caches for the graph, the subclass bound in
        // the class's place.
        ProductNamesIntercepted names = new ProductNamesIntercepted(caches);
        generated = names;
        CacheLoad<Optional<String>> load = kiln.load(KEY);
        load.complete(VALUE);
        sameConfig = Caffeine.newBuilder().maximumSize(10_000).recordStats()
                .expireAfterWrite(Duration.ofMinutes(5)).build();
        sameConfig.put(KEY, VALUE);
        plain = Caffeine.newBuilder().maximumSize(10_000).build();
        plain.put(KEY, VALUE);
        if (kiln.getIfPresent(KEY) != VALUE) {
            throw new IllegalStateException("The Kiln cache does not hold the value: the benchmark would measure misses");
        }
        if (generated.find(KEY) != ProductNames.NAME || generated.find(KEY) != ProductNames.NAME
                || names.loads() != 1) {
            throw new IllegalStateException("The generated method ran " + names.loads() + " times for two calls:"
                    + " the benchmark would measure misses");
        }
    }

    @Benchmark
    public Optional<String> generatedHit() {
        return generated.find(KEY);
    }

    @Benchmark
    public Optional<String> kilnHit() {
        return kiln.getIfPresent(KEY);
    }

    @Benchmark
    public Optional<String> caffeineSameConfig() {
        return sameConfig.getIfPresent(KEY);
    }

    @Benchmark
    public Optional<String> caffeinePlain() {
        return plain.getIfPresent(KEY);
    }
}
