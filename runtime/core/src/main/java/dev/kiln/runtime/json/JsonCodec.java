package dev.kiln.runtime.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Writes and reads one Java type with jackson-core's streaming API. Kiln generates one per record and
 * enum ({@code OrderJsonCodec.INSTANCE}); {@link JsonCodecs} has the scalar and container ones.
 *
 * <pre>{@code
 * byte[] json = Json.encode(OrderJsonCodec.INSTANCE, order);
 * Order back = Json.decode(OrderJsonCodec.INSTANCE, json);
 * List<Order> all = Json.decode(JsonCodecs.list(OrderJsonCodec.INSTANCE), bytes);
 * }</pre>
 *
 * @param <T> the Java type
 */
public interface JsonCodec<T> {

    /** Writes {@code value} as one JSON value; {@code value} is never null here. */
    void write(JsonGenerator generator, T value);

    /**
     * Reads one JSON value. The parser is on the value's first token and is left on its last token.
     * Wrong input throws {@link JsonDecodeException} with the JSON pointer of the offending value.
     */
    T read(JsonParser parser);
}
