package dev.kiln.docs.tests;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dagger.internal.codegen.ComponentProcessor;
import dev.kiln.docs.tests.MarkdownSnippets.Snippet;
import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```java} block of README.md and docs/*.md, checked as its marker says ({@link SnippetMarker}):
 * compiled with javac, Kiln's processor and Dagger's against the runtimes' class path, or found in a golden file
 * or a source folder. One dynamic test per block, named by page and line.
 */
class DocSnippetsTest {
    static final Path ROOT = Path.of(System.getProperty("kiln.root", "..")).toAbsolutePath().normalize();
    static final Path SUPPORT = ROOT.resolve("docs-tests/src/test/snippets");
    private static final Path GOLDEN = ROOT.resolve("processor-tests/src/test/resources/expected");

    @TestFactory
    Stream<DynamicTest> everyJavaBlock() {
        return MarkdownSnippets.of(ROOT).stream().map(s -> DynamicTest.dynamicTest(s.where(), () -> check(s)));
    }

    @Test
    void thePagesAreFoundByListingDocs() {
        List<String> pages = MarkdownSnippets.pages(ROOT).stream().map(p -> ROOT.relativize(p).toString()).toList();
        assertFalse(pages.isEmpty());
        if (!pages.contains("README.md") || !pages.contains("docs/security.md")) {
            fail("pages: " + pages);
        }
    }

    static void check(Snippet snippet) {
        try {
            problem(snippet).ifPresent(p -> fail(snippet.where() + ": " + p));
        } catch (IllegalArgumentException e) {   // a marker or block the harness cannot read
            fail(snippet.where() + ": " + e.getMessage());
        }
    }

    private static Optional<String> problem(Snippet snippet) {
        SnippetMarker marker = SnippetMarker.parse(snippet.marker());
        return switch (marker) {
            case SnippetMarker.Compile compile when compile.fails() -> failureProblem(snippet, compile);
            case SnippetMarker.Compile compile -> compileProblem(sources(snippet, compile));
            case SnippetMarker.Generated generated -> Excerpts.inOrder(snippet.code(), read(GOLDEN.resolve(generated.golden())))
                    .map(p -> "not what Kiln generates (" + generated.golden() + "): " + p);
            case SnippetMarker.Source source -> Excerpts.inOrder(snippet.code(), read(ROOT.resolve(source.file())))
                    .map(p -> "not in " + source.file() + ": " + p);
            case SnippetMarker.Declared declared -> Excerpts.declarations(snippet.code(), sourcesOf(declared.folders()));
        };
    }

    /** The sources a compile block stands for, with the block above it when its marker says {@code with above}. */
    static Map<String, String> sources(Snippet snippet, SnippetMarker.Compile marker) {
        Map<String, String> sources = new SnippetSources(SUPPORT).sources(snippet.code(), marker);
        if (marker.with().contains(SnippetSources.ABOVE)) {
            if (snippet.previous() == null
                    || !(SnippetMarker.parse(snippet.previous().marker()) instanceof SnippetMarker.Compile above)) {
                throw new IllegalArgumentException("'with above', but no compiled java block above it");
            }
            sources(snippet.previous(), above).forEach(sources::putIfAbsent);
        }
        return sources;
    }

    /** Empty when the sources compile; else javac's errors with the sources they are in. */
    static Optional<String> compileProblem(Map<String, String> sources) {
        List<JavaFileObject> files = SnippetSources.files(sources);
        Compilation compilation = compiler().compile(files);
        if (compilation.status() == Compilation.Status.SUCCESS) {
            return Optional.empty();
        }
        String errors = compilation.errors().stream().map(DocSnippetsTest::describe).collect(Collectors.joining("\n"));
        String listing = sources.entrySet().stream()
                .map(e -> "---- " + e.getKey() + "\n" + numbered(e.getValue())).collect(Collectors.joining("\n"));
        return Optional.of("does not compile:\n" + errors + "\n" + listing);
    }

    /** Empty when javac refuses the block and the page quotes each of its errors in the next fenced block. */
    static Optional<String> failureProblem(Snippet snippet, SnippetMarker.Compile marker) {
        Compilation compilation = compiler().compile(SnippetSources.files(sources(snippet, marker)));
        if (compilation.status() == Compilation.Status.SUCCESS) {
            return Optional.of("marked 'fails', but javac compiles it");
        }
        String shown = snippet.next().replaceAll("\\s+", " ");
        List<String> unquoted = compilation.errors().stream().map(d -> d.getMessage(null).lines().findFirst().orElse(""))
                .filter(m -> !shown.contains(m.replaceAll("\\s+", " "))).toList();
        return unquoted.isEmpty() ? Optional.empty()
                : Optional.of("the output the page shows lacks javac's errors:\n" + String.join("\n", unquoted));
    }

    private static Compiler compiler() {
        return javac().withProcessors(new KilnProcessor(), new ComponentProcessor())
                .withOptions("-parameters", "-Akiln.migrations=" + SUPPORT.resolve("db/migration"));
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        String source = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        return source + d.getMessage(null);
    }

    private static String numbered(String text) {
        String[] lines = text.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format("%3d  %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }

    private static String sourcesOf(List<String> folders) {
        StringBuilder all = new StringBuilder();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    all.append(read(file)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
