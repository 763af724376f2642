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
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden secured application: {@code resources/good/secure} (every security rule, every rate-limit
 * key, interface and method filters, {@code Principal} parameters, {@code requireSecurityRules}) compiled
 * with Kiln and Dagger, and what Kiln generates for it compared with {@code resources/expected/secure}:
 * the router's guards, constructor and routing, the client that sends no principal, the component with
 * the security and rate-limit modules, the entry point that wires them, and both security reports.
 *
 * <p>As for {@link GoldenSourcesTest}, {@code -Dkiln.golden.update=true} rewrites the expected files.
 */
class SecureGoldenSourcesTest {
    private static final String GOOD = "good/secure";
    private static final String EXPECTED = "expected";

    static final List<String> SOURCES = List.of(
            "OrderApi.java", "Order.java", "NewOrder.java", "AuditFilter.java", "TraceFilter.java",
            "OrderService.java", "SecureApp.java");

    static List<String> expectedFiles() {
        return List.of(
                "secure/OrderApiRouter.java", "secure/NewOrderValidator.java", "secure/OrderApiClient.java",
                "secure/KilnSecureAppComponent.java", "secure/KilnSecureApp.java",
                "META-INF/kiln/security/secure.SecureApp.json",
                "META-INF/kiln/security/services/secure.OrderApi.json");
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
    void theSecuredApplicationCompilesWithDaggerWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("secure.DaggerKilnSecureAppComponent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedFiles")
    void generatedFileMatchesTheGoldenFile(String path) {
        assertEquals(read(EXPECTED + "/" + path), generated(path), path);
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
        try (InputStream in = SecureGoldenSourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource + " (run with -Dkiln.golden.update=true)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update() {
        Path root = Path.of(System.getProperty("basedir", "."), "src/test/resources", EXPECTED);
        for (String path : expectedFiles()) {
            try {
                Path target = root.resolve(path);
                Files.createDirectories(target.getParent());
                Files.writeString(target, generated(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
