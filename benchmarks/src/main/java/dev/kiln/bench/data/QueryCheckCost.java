package dev.kiln.bench.data;

import dev.kiln.processor.KilnProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What checking {@code @Query} SQL at compile time costs: 500 query methods (50 repositories of 10) against a
 * 50-table schema (5 migrations), compiled by javac in this JVM with Kiln's processor (schema interpreted from the
 * migrations, every query parsed, resolved and checked, 50 implementations generated and compiled) and without any
 * processor ({@code -proc:none}), the same sources, alternating. Prints every run, the medians and the difference.
 *
 * <pre>
 *   ./mvnw -q package -DskipTests -pl benchmarks -am     # from the repository root
 *   benchmarks/query-check.sh                           # RUNS=5
 * </pre>
 *
 * The first compilation of each kind is reported apart: it loads javac's and jOOQ's classes into a cold JVM, which is
 * what one {@code mvn compile} pays; the later ones show the steady cost. The machine is shared: expect noise.
 */
public final class QueryCheckCost {
    static final int TABLES = 50;
    static final int METHODS_PER_REPOSITORY = 10;

    private QueryCheckCost() {}

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "5"));
        Path root = Files.createTempDirectory("kiln-query-check");
        try {
            Path migrations = root.resolve("db/migration");
            List<Path> sources = QuerySources.write(root.resolve("src"), migrations, TABLES, METHODS_PER_REPOSITORY);
            System.out.printf(Locale.ROOT, "%d @Query methods in %d repositories, %d tables in %d migrations;"
                    + " %d runs each, alternating, in one JVM (%s, %d cores).%n", TABLES * METHODS_PER_REPOSITORY,
                    TABLES, TABLES, 5, runs, Runtime.version(), Runtime.getRuntime().availableProcessors());
            long coldKiln = compile(sources, migrations, root, true);
            long coldPlain = compile(sources, migrations, root, false);
            System.out.printf(Locale.ROOT, "  first (cold JVM): kiln %6d ms   plain javac %6d ms   difference %6d ms%n",
                    coldKiln, coldPlain, coldKiln - coldPlain);
            List<Long> kiln = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                kiln.add(compile(sources, migrations, root, true));
                plain.add(compile(sources, migrations, root, false));
                System.out.printf(Locale.ROOT, "  run %2d:           kiln %6d ms   plain javac %6d ms%n", run,
                        kiln.getLast(), plain.getLast());
            }
            long k = median(kiln);
            long p = median(plain);
            System.out.printf(Locale.ROOT, "  median (warm):    kiln %6d ms   plain javac %6d ms   difference %6d ms"
                    + " (%.1f ms per query; goal: under 3000 ms)%n", k, p, k - p,
                    (k - p) / (double) (TABLES * METHODS_PER_REPOSITORY));
        } finally {
            delete(root);
        }
    }

    /** Compiles {@code sources} once into a fresh output directory; returns the milliseconds javac took. */
    static long compile(List<Path> sources, Path migrations, Path root, boolean kiln) throws IOException {
        Path out = Files.createTempDirectory(root, kiln ? "kiln" : "plain");
        Path generated = Files.createDirectories(out.resolve("generated"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", generated.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-parameters", "--release", "21"));
            options.add(kiln ? "-Akiln.migrations=" + migrations : "-proc:none");
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            if (kiln) {
                task.setProcessors(List.of(new KilnProcessor()));
            }
            long start = System.nanoTime();
            boolean ok = task.call();
            long millis = (System.nanoTime() - start) / 1_000_000;
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING) {
                    throw new IllegalStateException((kiln ? "kiln: " : "plain: ") + d);
                }
            }
            if (!ok) {
                throw new IllegalStateException("compilation failed");
            }
            return millis;
        } finally {
            delete(out);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
