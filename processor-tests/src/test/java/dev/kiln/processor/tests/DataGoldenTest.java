package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.data.KilnDataModule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code resources/good/data}: a {@code @Repository} checked against {@code resources/migrations/shop} and its
 * generated {@code OrderRepositoryImpl}; with an application whose component uses it, the module binding it, the
 * component with {@code KilnDataModule} and {@code Database}, started first. Compared with
 * {@code resources/expected/data} (update with {@code -Dkiln.golden.update=true}, as {@link GoldenSourcesTest}).
 */
class DataGoldenTest {
    private static final String GOOD = "good/data";

    static final List<String> SOURCES = List.of(
            "OrderRepository.java", "OrderRow.java", "LineView.java", "OrderExtras.java", "CustomerLine.java",
            "LineCount.java", "OrderStatus.java", "Priority.java");

    static final List<String> APP_SOURCES = List.of("OrderCleaner.java", "ShopApp.java");

    static List<String> expectedFiles() {
        return List.of("data/OrderRepositoryImpl.java");
    }

    static List<String> expectedAppFiles() {
        return List.of("data/KilnShopAppModule.java", "data/KilnShopAppComponent.java", "data/KilnShopApp.java",
                "data/KilnShopAppLauncher.java", "META-INF/kiln/apps/data.ShopApp.json");
    }

    private static Compilation compilation;
    private static GoldenFiles golden;
    private static Compilation appCompilation;
    private static GoldenFiles appGolden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withMigrations("shop").compile(Kiln.resources(GOOD, SOURCES.toArray(String[]::new)));
        golden = new GoldenFiles(compilation);
        List<String> all = new ArrayList<>(SOURCES);
        all.addAll(APP_SOURCES);
        List<javax.tools.JavaFileObject> app = new ArrayList<>(List.of(Kiln.resources(GOOD, all.toArray(String[]::new))));
        if (dataRuntimeProvidesDatabase()) {
            appCompilation = Kiln.withDaggerAndMigrations("shop").compile(app);
        } else {
            app.add(com.google.testing.compile.JavaFileObjects.forResource("stubs/data/DaggerKilnShopAppComponent.java"));
            appCompilation = Kiln.withMigrations("shop").compile(app);
        }
        appGolden = new GoldenFiles(appCompilation);
        if (GoldenFiles.updating()) {
            golden.update(expectedFiles());
            appGolden.update(expectedAppFiles());
        }
    }

    @Test
    void theRepositoryCompilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
    }

    @Test
    void kilnGeneratesExactlyTheRepository() {
        assertEquals(new TreeSet<>(expectedFiles()), golden.kilnSources());
    }

    /** V1_10 after V1_9 (as numbers, not as text), V2 last: what the queries were checked against, in Flyway's order. */
    @Test
    void recordsTheMigrationsItCheckedAgainstInFlywaysOrder() {
        List<String> files = golden.generated("META-INF/kiln/data/migrations.txt").lines()
                .map(line -> line.substring(0, line.indexOf(' '))).toList();
        assertEquals(List.of("V1__orders.sql", "V1_9__lines.sql", "V1_10__line_price.sql", "V2__payment.sql"), files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedAppFiles")
    void generatedAppFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), appGolden.generated(path), path);
    }

    /** With Dagger once kiln-runtime-data's KilnDataModule provides Database (the runtime half of issue 9). */
    @Test
    void theApplicationCompilesWithoutWarnings() {
        assertThat(appCompilation).succeededWithoutWarnings();
    }

    @Test
    void theApplicationCompilesWithDagger() {
        assumeTrue(dataRuntimeProvidesDatabase(), "KilnDataModule provides nothing yet on this branch");
        assertEquals(List.of(), appCompilation.generatedSourceFiles().stream()
                .filter(f -> f.getName().endsWith("DaggerKilnShopAppComponent.java")).skip(1).toList());
    }

    private static boolean dataRuntimeProvidesDatabase() {
        return KilnDataModule.class.getDeclaredMethods().length > 0;
    }
}
