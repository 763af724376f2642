package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code resources/good/caching}: a class with every shape of {@code @Cached}, {@code @CachePut} and
 * {@code @CacheEvict} method, some also {@code @Transactional}, compiled with Kiln and Dagger: its generated subclass
 * compared with {@code resources/expected/caching} (update with {@code -Dkiln.golden.update=true}, as
 * {@link GoldenSourcesTest}).
 */
class CacheGoldenTest {
    private static final String GOOD = "good/caching";

    static List<String> expectedFiles() {
        return List.of("caching/CatalogIntercepted.java", "cachingredis/PricingIntercepted.java",
                "cachingredis/PricingIntercepted_PricesKeyJsonCodec.java");
    }

    private static final String APP_RESOURCE = "META-INF/kiln/apps/runcaching.InventoryApp.json";

    private static Compilation compilation;
    private static Compilation redisCompilation;
    private static GoldenFiles appGolden;
    private static GoldenFiles golden;
    private static GoldenFiles redisGolden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withDagger().compile(Kiln.resources(GOOD, "Catalog.java", "Product.java"));
        // A class of kiln-runtime-cache-redis's package stands for it on the class path: codecs are generated.
        redisCompilation = Kiln.withDagger().compile(JavaFileObjects.forResource("good/cachingredis/Pricing.java"),
                JavaFileObjects.forResource("stubs/dev/kiln/runtime/cache/redis/RedisStoreMarker.java"));
        golden = new GoldenFiles(compilation);
        redisGolden = new GoldenFiles(redisCompilation);
        // An application over a class with @Cached methods: its registry resource (the service map's graph) lists them.
        appGolden = new GoldenFiles(Kiln.withDagger().compile(JavaFileObjects.forResource("run/caching/Inventory.java"),
                JavaFileObjects.forResource("run/caching/InventoryApp.java")));
        if (GoldenFiles.updating()) {
            appGolden.update(List.of(APP_RESOURCE));
            golden.update(expectedFiles().subList(0, 1));
            redisGolden.update(expectedFiles().subList(1, 3));
        }
    }

    @Test
    void theSubclassesCompileWithDaggerWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(redisCompilation).succeededWithoutWarnings();
    }

    @Test
    void theApplicationsRegistryResourceListsItsCaches() {
        assertEquals(GoldenFiles.expected(APP_RESOURCE), appGolden.generated(APP_RESOURCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        GoldenFiles files = path.startsWith("cachingredis/") ? redisGolden : golden;
        assertEquals(GoldenFiles.expected(path), files.generated(path), path);
    }
}
