package dev.kiln.bench.messaging;

import dev.kiln.Events;

/** Kiln generates {@code BenchTicksPublisher} and {@code BenchTickJsonCodec}; the baseline reuses that codec. */
@Events("bench")
public interface BenchTicks {
    void sent(BenchTick tick);
}
