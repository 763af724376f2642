package dev.kiln.runtime.json;

import tools.jackson.core.JsonParser;

/**
 * A codec that is only ever written: the answers of Kiln's operations endpoints ({@code /kiln/errors},
 * {@code /kiln/messaging}, {@code /kiln/caches}), which nothing reads back. Reading throws.
 *
 * <pre>{@code
 * static final JsonCodec<Long> COUNT = new WriteOnlyCodec<>() {
 *     public void write(JsonGenerator g, Long count) { g.writeStartObject(); g.writeNumberProperty("count", count); g.writeEndObject(); }
 * };
 * }</pre>
 *
 * @param <T> the type written
 */
public abstract class WriteOnlyCodec<T> implements JsonCodec<T> {
    protected WriteOnlyCodec() {}

    /** Always throws: nothing reads what this codec writes. */
    @Override
    public final T read(JsonParser parser) {
        throw new UnsupportedOperationException("only written");
    }
}
