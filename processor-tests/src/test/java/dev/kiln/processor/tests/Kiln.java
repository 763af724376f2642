package dev.kiln.processor.tests;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles test sources the way a Kiln build does: Kiln's processor, every lint warning but -processing. */
final class Kiln {
    static final String OPTIONS = "-Xlint:all,-processing";

    private Kiln() {}

    /** Kiln alone: enough for inputs whose mistakes stop generation. */
    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new KilnProcessor()).withOptions(OPTIONS).compile(List.of(sources));
    }

    /** Kiln and Dagger, as kiln-processor brings them to a user's build: the application is built too. */
    static Compiler withDagger() {
        return javac().withProcessors(new KilnProcessor(), new ComponentProcessor()).withOptions(OPTIONS);
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
