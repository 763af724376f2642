package dev.kiln.bench.kiln;

import dev.kiln.KilnApplication;
import dev.kiln.bench.load.AllocationCounter;

/**
 * The Kiln side of the HTTP benchmarks; {@code KilnBenchApp} is generated from this class. Its OpenTelemetry is
 * {@link BenchTelemetry}'s: none unless {@code -Dkiln.bench.telemetry=sdk}.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.kiln.BenchApp --server.port=8090
 * }</pre>
 */
@KilnApplication(modules = BenchTelemetry.class)
public final class BenchApp {
    private BenchApp() {}

    public static void main(String[] args) {
        AllocationCounter.startIfAsked();
        KilnBenchApp.run(args);
    }
}
