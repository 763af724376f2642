package dev.kiln.bench.messaging;

import dev.kiln.Events;

/** The benchmark's topic; the processor writes {@code TickEventsPublisher} and {@code TickJsonCodec}. */
@Events("ticks")
public interface TickEvents {
    void tick(Tick tick);
}
