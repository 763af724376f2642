package dev.kiln.bench.cache;

import dev.kiln.runtime.cache.CacheLoad;
import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.cache.KilnCache;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonCodecs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code kiln.cache.store=redis}: a near-cache hit ({@code KilnCache.getIfPresent}, the value in this instance's
 * Caffeine) against a Redis {@code GET} of the same entry through Lettuce's synchronous API (what every read would
 * cost without the near cache, before decoding), ns per call, one thread, in the same run. The Redis is
 * {@code redisUri} ({@code benchmarks/cache.sh} starts one).
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar NearCacheBenchmark -p redisUri=redis://127.0.0.1:6393 -f 1 -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NearCacheBenchmark {
    private static final String KEY = "sku-42";

    @Param("redis://127.0.0.1:6393")
    public String redisUri;

    private Caches caches;
    private KilnCache<String, Optional<String>> near;
    private RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private RedisCommands<String, String> commands;
    private String redisKey;

    @Setup
    public void setUp() {
        caches = Caches.create(KilnConfig.of(Map.of("kiln.cache.store", "redis", "kiln.cache.redis.uri", redisUri)),
                Optional.empty());
        near = caches.cache(new CacheSpec<>("products", Duration.ofMinutes(5), JsonCodecs.STRING,
                JsonCodecs.optional(JsonCodecs.STRING)));
        near.evictAll();
        CacheLoad<Optional<String>> load = near.load(KEY);
        load.complete(Optional.of("a product"));
        client = RedisClient.create(redisUri);
        connection = client.connect();
        commands = connection.sync();
        redisKey = "kiln:cache:products:\"" + KEY + "\"";
        if (near.getIfPresent(KEY) == null || commands.get(redisKey) == null) {
            throw new IllegalStateException("The value is not in both the near cache and Redis");
        }
    }

    @TearDown
    public void tearDown() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        caches.stop();
    }

    @Benchmark
    public Optional<String> nearHit() {
        return near.getIfPresent(KEY);
    }

    @Benchmark
    public String redisGet() {
        return commands.get(redisKey);
    }
}
