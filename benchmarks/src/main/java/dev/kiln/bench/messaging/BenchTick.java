package dev.kiln.bench.messaging;

/**
 * The benchmark's message: a sequence number and when it was published ({@code System.nanoTime()} of this JVM:
 * publisher and subscriber run in one process), so the handler knows each message's publish → handle latency.
 */
public record BenchTick(long seq, long sentNanos, String note) {}
