package dev.kiln.bench.messaging;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Publish → handle latencies of one run, recorded by handlers on any thread, and the count handled. */
final class Latencies {
    private final long[] nanos;
    private final AtomicInteger handled = new AtomicInteger();

    Latencies(int messages) {
        this.nanos = new long[messages];
    }

    void record(BenchTick tick) {
        nanos[(int) tick.seq()] = System.nanoTime() - tick.sentNanos();
        handled.incrementAndGet();
    }

    int handled() {
        return handled.get();
    }

    /** "p50 0.41 ms, p99 2.10 ms, max 5.00 ms". */
    String summary() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms", at(sorted, 0.50), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    double p99Millis() {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return at(sorted, 0.99);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
