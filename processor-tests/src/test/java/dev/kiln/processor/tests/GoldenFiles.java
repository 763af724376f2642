package dev.kiln.processor.tests;

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
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The golden files of one compilation under {@code src/test/resources/expected}: what Kiln generated, by
 * path ({@code shop/OrderApiRouter.java}, {@code META-INF/kiln/apps/shop.ShopApp.json}), the expected
 * text, and the update that rewrites the expected files from the real output
 * ({@code -Dkiln.golden.update=true}).
 *
 * <pre>{@code
 * GoldenFiles golden = new GoldenFiles(compilation);
 * assertEquals(GoldenFiles.expected("shop/OrderApiRouter.java"), golden.generated("shop/OrderApiRouter.java"));
 * }</pre>
 */
final class GoldenFiles {
    private static final String EXPECTED = "expected";

    private final Compilation compilation;

    GoldenFiles(Compilation compilation) {
        this.compilation = compilation;
    }

    /** Whether this run rewrites the golden files instead of comparing with them. */
    static boolean updating() {
        return Boolean.getBoolean("kiln.golden.update");
    }

    /** The generated file at {@code path}: a source by its package path, or a resource in the class output. */
    String generated(String path) {
        if (path.endsWith(".java")) {
            String name = path.substring(0, path.length() - ".java".length()).replace('/', '.');
            return contents(compilation.generatedSourceFile(name).orElseThrow(() -> new AssertionError(
                    "Kiln did not generate " + name + "; generated: " + compilation.generatedSourceFiles())));
        }
        return contents(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow(
                () -> new AssertionError("Kiln did not write " + path)));
    }

    /** The paths of every source Kiln (not Dagger) generated. */
    Set<String> kilnSources() {
        Set<String> sources = new TreeSet<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (Kiln.generatedByKiln(file)) {
                sources.add(file.toUri().getPath().replaceFirst("^/SOURCE_OUTPUT/", ""));
            }
        }
        return sources;
    }

    /** The expected text of {@code path}. */
    static String expected(String path) {
        String resource = EXPECTED + "/" + path;
        try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no golden file " + resource + " (run with -Dkiln.golden.update=true)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Writes the real output over the golden files, in the source tree (surefire runs in the module's folder).
    void update(List<String> paths) {
        Path root = Path.of(System.getProperty("basedir", "."), "src/test/resources", EXPECTED);
        for (String path : paths) {
            try {
                Path target = root.resolve(path);
                Files.createDirectories(target.getParent());
                Files.writeString(target, generated(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String contents(FileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
