package dev.kiln.bench.jmh;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A cross-check for {@link CodecBenchmark} on a shared machine. JMH measures one contender after the other,
 * so anything else running on the machine during one of them moves the ratio; here the two contenders
 * alternate in slices of about 10 ms, 300 times, and the median of the per-slice ratios is reported:
 * drift slower than a slice hits both sides alike. Both run in one JVM (they share jackson-core's JIT
 * profile, as they would in an application). No assertion; it prints.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.jmh.InterleavedCodecComparison
 * }</pre>
 */
public final class InterleavedCodecComparison {
    private static final int WARMUP_ROUNDS = 60;
    private static final int ROUNDS = 300;
    private static final long SLICE_NANOS = 10_000_000L;

    /** Keeps results reachable so the JIT cannot drop the work. */
    static volatile Object sink;

    private InterleavedCodecComparison() {}

    public static void main(String[] args) {
        CodecBenchmark benchmark = new CodecBenchmark();
        System.out.println("Interleaved: kiln and databind alternate in ~10 ms slices, " + ROUNDS + " rounds each.");
        compare("decode", benchmark::decodeKiln, benchmark::decodeDatabind, 1.5);
        compare("encode", benchmark::encodeKiln, benchmark::encodeDatabind, 1.1);
    }

    private static void compare(String name, Supplier<Object> kiln, Supplier<Object> databind, double target) {
        int ops = opsPerSlice(kiln);
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            slice(kiln, ops);
            slice(databind, ops);
        }
        double[] ratios = new double[ROUNDS];
        long kilnTotal = 0;
        long databindTotal = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long k;
            long d;
            // Alternate who goes first so that neither always runs right after a GC the other caused.
            if ((round & 1) == 0) {
                k = slice(kiln, ops);
                d = slice(databind, ops);
            } else {
                d = slice(databind, ops);
                k = slice(kiln, ops);
            }
            ratios[round] = (double) d / k;
            kilnTotal += k;
            databindTotal += d;
        }
        Arrays.sort(ratios);
        double perSlice = (double) ROUNDS * ops;
        System.out.printf("%-7s kiln %6.0f ns/op  databind %6.0f ns/op  kiln/databind median %.3f "
                        + "(quartiles %.3f..%.3f; target >= %.1f)%n",
                name, kilnTotal / perSlice, databindTotal / perSlice, ratios[ROUNDS / 2], ratios[ROUNDS / 4],
                ratios[3 * ROUNDS / 4], target);
    }

    /** How many operations of {@code op} fill about one slice, measured after a short warm-up. */
    private static int opsPerSlice(Supplier<Object> op) {
        slice(op, 20_000);
        int ops = 1_000;
        long took = slice(op, ops);
        return (int) Math.max(100, Math.min(1_000_000, ops * SLICE_NANOS / Math.max(1, took)));
    }

    private static long slice(Supplier<Object> op, int ops) {
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            sink = op.get();
        }
        return System.nanoTime() - start;
    }
}
