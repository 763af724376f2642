package dev.kiln.processor.tests;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Reads the bad sources under {@code src/test/resources/bad}. Each marks the line its error must be
 * reported on with a trailing {@code // <-- [KilnTag]} comment, so the expectation sits next to the
 * mistake and survives edits above it.
 */
final class BadSources {
    private BadSources() {}

    /**
     * The contract of every negative case: the compilation failed with exactly one error, tagged
     * {@code [tag]}, in {@code source} on the line {@code bad/<file>} marks, and no warning.
     */
    static void assertOneTaggedError(Compilation compilation, JavaFileObject source, String file, String tag) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
        assertThat(compilation).hadErrorContaining("[" + tag + "] ")
                .inFile(source)
                .onLine(markedLine("bad/" + file, tag));
    }

    /**
     * The negative-case contract ({@link #assertOneTaggedError}) for {@code bad/<file>} compiled alone, and the
     * error's message holding each of {@code keyWords}: what is wrong and what to write instead.
     */
    static void assertOneTaggedErrorSaying(String file, String tag, List<String> keyWords) {
        assertOneTaggedErrorSaying(Kiln.alone(), file, tag, keyWords);
    }

    /** As {@link #assertOneTaggedErrorSaying(String, String, List)}, compiled by {@code compiler}. */
    static void assertOneTaggedErrorSaying(Compiler compiler, String file, String tag, List<String> keyWords) {
        JavaFileObject source = com.google.testing.compile.JavaFileObjects.forResource("bad/" + file);
        Compilation compilation = compiler.compile(source);
        assertOneTaggedError(compilation, source, file, tag);
        for (String words : keyWords) {
            assertThat(compilation).hadErrorContaining(words);
        }
    }

    /** The 1-based line of {@code resource} marked with {@code tag}; fails when there is not exactly one. */
    static int markedLine(String resource, String tag) {
        List<String> lines = lines(resource);
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// <-- [" + tag + "]")) {
                if (found != -1) {
                    throw new AssertionError(resource + " marks [" + tag + "] on more than one line");
                }
                found = i + 1;
            }
        }
        if (found == -1) {
            throw new AssertionError(resource + " marks no line with // <-- [" + tag + "]");
        }
        return found;
    }

    static List<String> lines(String resource) {
        try (InputStream in = BadSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
