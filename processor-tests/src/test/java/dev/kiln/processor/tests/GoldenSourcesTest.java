package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
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
    private static final String EXPECTED = "expected";

    static final List<String> SOURCES = List.of(
            "OrderApi.java", "Order.java", "NewOrder.java", "Line.java", "OrderStatus.java", "CatalogApi.java",
            "Product.java", "OrderService.java", "StockLedger.java", "ClockModule.java", "ShopApp.java");

    /** Every file Kiln generates for the shop, by path under the expected folder. */
    static List<String> expectedFiles() {
        return List.of(
                "shop/OrderApiRouter.java", "shop/OrderApiClient.java",
                "shop/CatalogApiRouter.java", "shop/CatalogApiClient.java",
                "shop/OrderJsonCodec.java", "shop/NewOrderJsonCodec.java", "shop/LineJsonCodec.java",
                "shop/OrderStatusJsonCodec.java", "shop/ProductJsonCodec.java",
                "shop/KilnShopAppModule.java", "shop/KilnShopAppComponent.java", "shop/KilnShopApp.java",
                "META-INF/kiln/apps/shop.ShopApp.json");
    }

    private static Compilation compilation;

    @BeforeAll
    static void compile() {
        compilation = Kiln.withDagger().compile(Kiln.resources(GOOD, SOURCES.toArray(String[]::new)));
        if (Boolean.getBoolean("kiln.golden.update")) {
            update();
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
        assertEquals(read(EXPECTED + "/" + path), generated(path), path);
    }

    @Test
    void kilnGeneratesExactlyTheGoldenFiles() {
        Set<String> kilnSources = new TreeSet<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (Kiln.generatedByKiln(file)) {
                kilnSources.add(file.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", ""));
            }
        }
        Set<String> expectedSources = new TreeSet<>(expectedFiles().stream().filter(p -> p.endsWith(".java")).toList());
        assertEquals(expectedSources, kilnSources);
    }

    private static String generated(String path) {
        if (path.endsWith(".java")) {
            String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
            return contents(compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError(
                    "Kiln did not generate " + name + "; generated: " + compilation.generatedSourceFiles())));
        }
        return contents(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow(
                () -> new AssertionError("Kiln did not write " + path)));
    }

    private static String contents(FileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = GoldenSourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource + " (run with -Dkiln.golden.update=true)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Writes the real output over the golden files, in the source tree (surefire runs in the module's folder).
    private static void update() {
        Path root = Path.of(System.getProperty("basedir", "."), "src/test/resources", EXPECTED);
        Stream.of(expectedFiles().toArray(String[]::new)).forEach(path -> {
            try {
                Path target = root.resolve(path);
                Files.createDirectories(target.getParent());
                Files.writeString(target, generated(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
