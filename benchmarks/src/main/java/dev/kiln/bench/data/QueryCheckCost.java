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
 * processor ({@code -proc:none}), the same sources, alternating: cold (each compilation in a fresh JVM, what one
 * {@code mvn compile} pays: javac's and jOOQ's classes loaded, nothing compiled by the JIT yet) and warm (repeated in
 * one JVM). Prints every run, the medians and the differences.
 *
 * <pre>
 *   ./mvnw -q package -DskipTests -pl benchmarks -am     # from the repository root
 *   benchmarks/query-check.sh                           # RUNS=5
 * </pre>
 *
 * The machine is shared: expect noise, and read the warm figures as the cost of the work itself.
 */
public final class QueryCheckCost {
    static final int TABLES = 50;
    static final int METHODS_PER_REPOSITORY = 10;

    private QueryCheckCost() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 3 && args[0].equals("--once")) {
            Path root = Path.of(args[2]);
            System.out.println(compile(sources(root), root.resolve("db/migration"), root, args[1].equals("kiln")));
            return;
        }
        int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "5"));
        int coldRuns = Integer.parseInt(System.getenv().getOrDefault("COLD_RUNS", "3"));
        Path root = Files.createTempDirectory("kiln-query-check");
        try {
            Path migrations = root.resolve("db/migration");
            List<Path> sources = QuerySources.write(root.resolve("src"), migrations, TABLES, METHODS_PER_REPOSITORY);
            System.out.printf(Locale.ROOT, "%d @Query methods in %d repositories, %d tables in 5 migrations"
                    + " (%s, %d cores).%n", TABLES * METHODS_PER_REPOSITORY, TABLES, TABLES, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "Cold: each compilation in a fresh JVM, as one mvn compile; %d runs each,"
                    + " alternating.%n", coldRuns);
            List<Long> kiln = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            for (int run = 1; run <= coldRuns; run++) {
                kiln.add(inFreshJvm(root, "kiln"));
                plain.add(inFreshJvm(root, "plain"));
                System.out.printf(Locale.ROOT, "  run %2d: kiln %6d ms   plain javac %6d ms%n", run, kiln.getLast(),
                        plain.getLast());
            }
            report(kiln, plain);
            System.out.printf(Locale.ROOT, "Warm: in this JVM after one compilation of each; %d runs each,"
                    + " alternating.%n", runs);
            compile(sources, migrations, root, true);
            compile(sources, migrations, root, false);
            kiln.clear();
            plain.clear();
            for (int run = 1; run <= runs; run++) {
                kiln.add(compile(sources, migrations, root, true));
                plain.add(compile(sources, migrations, root, false));
                System.out.printf(Locale.ROOT, "  run %2d: kiln %6d ms   plain javac %6d ms%n", run, kiln.getLast(),
                        plain.getLast());
            }
            report(kiln, plain);
        } finally {
            delete(root);
        }
    }

    private static void report(List<Long> kiln, List<Long> plain) {
        long k = median(kiln);
        long p = median(plain);
        System.out.printf(Locale.ROOT, "  median: kiln %6d ms   plain javac %6d ms   difference %6d ms"
                + " (%.1f ms per query; goal: under 3000 ms)%n", k, p, k - p,
                (k - p) / (double) (TABLES * METHODS_PER_REPOSITORY));
    }

    // The javac time of one compilation in a new JVM (same java, same class path), excluding the JVM's own start.
    private static long inFreshJvm(Path root, String kind) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QueryCheckCost.class.getName(), "--once", kind,
                root.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(kind + " compilation failed in its JVM: " + out);
        }
        return Long.parseLong(out.strip());
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("src"))) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
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
