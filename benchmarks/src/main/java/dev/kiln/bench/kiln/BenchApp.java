package dev.kiln.bench.kiln;

import dev.kiln.KilnApplication;

/**
 * The Kiln side of the HTTP benchmarks; {@code KilnBenchApp} is generated from this class.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.kiln.BenchApp --server.port=8090
 * }</pre>
 */
@KilnApplication
public final class BenchApp {
    private BenchApp() {}

    public static void main(String[] args) {
        KilnBenchApp.run(args);
    }
}
