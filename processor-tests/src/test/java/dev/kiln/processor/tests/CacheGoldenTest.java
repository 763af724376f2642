package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
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
        return List.of("caching/CatalogIntercepted.java");
    }

    private static Compilation compilation;
    private static GoldenFiles golden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withDagger().compile(Kiln.resources(GOOD, "Catalog.java", "Product.java"));
        golden = new GoldenFiles(compilation);
        if (GoldenFiles.updating()) {
            golden.update(expectedFiles());
        }
    }

    @Test
    void theSubclassCompilesWithDaggerWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
    }
}
