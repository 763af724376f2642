package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden application: {@code resources/good/shop} compiled with Kiln and Dagger, every file Kiln
 * generates compared, as text, with {@code resources/expected/shop}. The expected files are the
 * documentation of what Kiln generates: a change to a template shows up here as a diff to review.
 *
 * <p>To take a deliberate change, run once with {@code -Dkiln.golden.update=true}: the expected files
 * are rewritten from the real output; read the diff before committing it.
 */
class GoldenSourcesTest {
    private static final String GOOD = "good/shop";

    static final List<String> SOURCES = List.of(
            "OrderApi.java", "Order.java", "NewOrder.java", "Line.java", "OrderStatus.java", "CatalogApi.java",
            "Product.java", "OrderService.java", "StockLedger.java", "FeedPoller.java", "DiskSpace.java", "ClockModule.java",
            "ShopApp.java");

    /**
     * Every file Kiln generates for the shop, by path under the expected folder. CatalogApi is only called here,
     * so it gets its client and no router; {@code shop/CatalogApiRouter.java} is the router an application
     * serving it writes ({@link ApiModuleTest}).
     */
    static List<String> expectedFiles() {
        return List.of(
                "shop/OrderApiRouter.java", "shop/OrderApiClient.java",
                "shop/CatalogApiClient.java",
                "shop/OrderJsonCodec.java", "shop/NewOrderJsonCodec.java", "shop/LineJsonCodec.java",
                "shop/OrderStatusJsonCodec.java", "shop/ProductJsonCodec.java",
                "shop/KilnShopAppModule.java", "shop/KilnShopAppComponent.java", "shop/KilnShopApp.java",
                "shop/KilnShopAppLauncher.java", "META-INF/services/dev.kiln.runtime.boot.KilnLauncher",
                "META-INF/kiln/apps/shop.ShopApp.json");
    }

    private static Compilation compilation;
    private static GoldenFiles golden;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withDagger().compile(Kiln.resources(GOOD, SOURCES.toArray(String[]::new)));
        golden = new GoldenFiles(compilation);
        if (GoldenFiles.updating()) {
            golden.update(expectedFiles());
        }
    }

    @Test
    void theApplicationCompilesWithDaggerWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("shop.DaggerKilnShopAppComponent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(GoldenFiles.expected(path), golden.generated(path), path);
    }

    @Test
    void kilnGeneratesExactlyTheGoldenFiles() {
        Set<String> expectedSources = new TreeSet<>(expectedFiles().stream().filter(p -> p.endsWith(".java")).toList());
        assertEquals(expectedSources, golden.kilnSources());
    }
}
