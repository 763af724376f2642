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
 * {@code resources/good/transactions}: classes with {@code @Transactional} methods compiled with Kiln and Dagger:
 * the generated subclass of each, compared with {@code resources/expected/transactions} (update with
 * {@code -Dkiln.golden.update=true}, as {@link GoldenSourcesTest}).
 */
class InterceptionGoldenTest {
    private static final String GOOD = "good/transactions";

    static List<String> expectedFiles() {
        return List.of("transactions/LedgerIntercepted.java", "transactions/AccountsIntercepted.java");
    }

    private static Compilation compilation;
    private static GoldenFiles golden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withDagger().compile(Kiln.resources(GOOD, "Ledger.java", "Accounts.java"));
        golden = new GoldenFiles(compilation);
        if (GoldenFiles.updating()) {
            golden.update(expectedFiles());
        }
    }

    @Test
    void theSubclassesCompileWithDaggerWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
    }
}
