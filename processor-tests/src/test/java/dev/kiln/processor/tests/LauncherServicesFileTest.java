package dev.kiln.processor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' services file on disk, where compile-testing's in-memory outputs cannot show it: two compilations
 * into one class folder (two compiler executions in one module, as in benchmarks/) each keep the other's line.
 */
class LauncherServicesFileTest {
    private static final String SERVICES = "META-INF/services/dev.kiln.runtime.boot.KilnLauncher";

    @Test
    void twoCompilationsIntoOneClassFolderListBothLaunchers(@TempDir Path dir) throws IOException {
        compileInto(dir, "one", "OneApp");
        compileInto(dir, "two", "TwoApp");

        assertEquals(List.of("one.KilnOneAppLauncher", "two.KilnTwoAppLauncher"), lines(dir));
    }

    @Test
    void compilingAgainKeepsOneLinePerLauncher(@TempDir Path dir) throws IOException {
        compileInto(dir, "one", "OneApp");
        compileInto(dir, "one", "OneApp");

        assertEquals(List.of("one.KilnOneAppLauncher"), lines(dir));
    }

    private static List<String> lines(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("classes").resolve(SERVICES), StandardCharsets.UTF_8);
    }

    /** Compiles {@code @KilnApplication pkg.name} with Kiln and Dagger into {@code dir/classes}, as Maven's compiler does. */
    private static void compileInto(Path dir, String pkg, String name) throws IOException {
        JavaFileObject source = JavaFileObjects.forSourceString(pkg + "." + name, "package " + pkg + ";\n"
                + "@dev.kiln.KilnApplication\npublic final class " + name + " {}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT,
                    List.of(Files.createDirectories(dir.resolve("classes"))));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT,
                    List.of(Files.createDirectories(dir.resolve("sources"))));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of(Kiln.OPTIONS), null,
                    List.of(source));
            task.setProcessors(List.of(new KilnProcessor(), new ComponentProcessor()));
            assertTrue(task.call(), () -> "compiles: " + diagnostics.getDiagnostics());
        }
    }
}
