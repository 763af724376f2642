package dev.kiln.runtime.messaging;

import dev.kiln.runtime.json.JsonCodec;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The generated codec of {@link OrderPlaced}, counting what it writes and reads. */
final class CountingCodec implements JsonCodec<OrderPlaced> {
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public void write(JsonGenerator generator, OrderPlaced value) {
        writes.incrementAndGet();
        OrderPlacedJsonCodec.INSTANCE.write(generator, value);
    }

    @Override
    public OrderPlaced read(JsonParser parser) {
        reads.incrementAndGet();
        return OrderPlacedJsonCodec.INSTANCE.read(parser);
    }
}
