package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * A jar stand-in: sources from {@code resources/lib} compiled into a directory, to be put on the
 * classpath of a later compilation, as a dependency of a user's module would be.
 */
final class Library {
    private Library() {}

    /**
     * Compiles {@code resources} into a fresh directory under {@code root}, with the given processors and
     * {@code -parameters}, as an API module's build does (see the README's project layout).
     */
    static Path compile(Path root, List<Processor> processors, String... resources) {
        JavaFileObject[] sources = Arrays.stream(resources).map(r -> JavaFileObjects.forResource("lib/" + r))
                .toArray(JavaFileObject[]::new);
        Compilation compilation = processors.isEmpty()
                ? javac().withOptions("-proc:none", "-parameters").compile(sources)
                : javac().withProcessors(processors).withOptions("-parameters").compile(sources);
        return write(root, compilation);
    }

    /** The classes and resources of a successful {@code compilation}, written into a fresh directory under {@code root}. */
    static Path write(Path root, Compilation compilation) {
        assertThat(compilation).succeeded();
        try {
            Path dir = Files.createTempDirectory(root, "lib");
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                if (!path.startsWith("/CLASS_OUTPUT/")) {
                    continue;
                }
                Path target = dir.resolve(path.substring("/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This JVM's classpath without the given Kiln artifacts: their jars in a repository, or their modules'
     * classes in the reactor ({@code kiln-runtime-security} → {@code runtime/security/target/}).
     */
    static List<File> classpathWithout(List<File> classpath, String... artifacts) {
        List<File> kept = new ArrayList<>();
        int dropped = 0;
        for (File entry : classpath) {
            String path = entry.getPath().replace('\\', '/');
            boolean drop = false;
            for (String artifact : artifacts) {
                String module = "runtime/" + artifact.substring("kiln-runtime-".length()) + "/target/";
                drop |= path.contains("/" + artifact + "-") || path.contains(module);
            }
            if (drop) {
                dropped++;
            } else {
                kept.add(entry);
            }
        }
        if (dropped < artifacts.length) {
            throw new AssertionError(List.of(artifacts) + " are not all on the classpath: " + classpath);
        }
        return kept;
    }

    /** This JVM's classpath with {@code libraries} in front. */
    static List<File> classpathWith(Path... libraries) {
        List<File> classpath = new ArrayList<>();
        for (Path library : libraries) {
            classpath.add(library.toFile());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        return classpath;
    }
}
