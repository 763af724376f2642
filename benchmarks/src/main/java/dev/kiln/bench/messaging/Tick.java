package dev.kiln.bench.messaging;

/** The benchmark's event: small, so that what is measured is the bus, not the payload. */
public record Tick(long n) {}
