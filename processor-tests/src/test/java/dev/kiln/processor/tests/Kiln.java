package dev.kiln.processor.tests;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources the way a Kiln build does: Kiln's processor, every lint warning but -processing. */
final class Kiln {
    static final String OPTIONS = "-Xlint:all,-processing";

    private Kiln() {}

    /** Kiln alone: enough for inputs whose mistakes stop generation. */
    static Compilation compile(JavaFileObject... sources) {
        return alone().compile(List.of(sources));
    }

    /** The compiler of {@link #compile}. */
    static Compiler alone() {
        return javac().withProcessors(new KilnProcessor()).withOptions(OPTIONS);
    }

    /** Kiln and Dagger, as kiln-processor brings them to a user's build: the application is built too. */
    static Compiler withDagger() {
        return javac().withProcessors(new KilnProcessor(), new ComponentProcessor()).withOptions(OPTIONS);
    }

    /**
     * Kiln alone, checking {@code @Query} SQL against the migrations in {@code src/test/resources/migrations/<name>}
     * (named with {@code -Akiln.migrations}, as a build outside the standard layout would).
     */
    static Compiler withMigrations(String name) {
        return javac().withProcessors(new KilnProcessor()).withOptions(OPTIONS, migrationsOption(name));
    }

    /** Kiln and Dagger, with the migrations of {@link #withMigrations}. */
    static Compiler withDaggerAndMigrations(String name) {
        return javac().withProcessors(new KilnProcessor(), new ComponentProcessor())
                .withOptions(OPTIONS, migrationsOption(name));
    }

    /** {@code -Akiln.migrations=<dir>} for {@code src/test/resources/migrations/<name>}. */
    static String migrationsOption(String name) {
        try {
            URL dir = Kiln.class.getClassLoader().getResource("migrations/" + name);
            if (dir == null) {
                throw new AssertionError("no test resource migrations/" + name);
            }
            return "-Akiln.migrations=" + Path.of(dir.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether Kiln (rather than Dagger) wrote {@code file}: every Kiln file says so. */
    static boolean generatedByKiln(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString().contains("@Generated(\"dev.kiln.processor.KilnProcessor\")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test resources {@code dir/name} as sources. */
    static JavaFileObject[] resources(String dir, String... names) {
        return Arrays.stream(names).map(n -> JavaFileObjects.forResource(dir + "/" + n)).toArray(JavaFileObject[]::new);
    }
}
