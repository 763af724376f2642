package dev.kiln.runtime.log;

import io.helidon.common.GenericType;
import io.helidon.common.mapper.MapperException;
import io.helidon.common.mapper.Value;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderValues;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code X-Request-Id} answer header, already validated. Helidon validates every response header's name and
 * value as it writes them; an id reaches here only through {@link RequestIds#acceptOrCreate} (1 to 128 visible
 * ASCII characters, or a created UUID), which is stricter, so checking it again on every response would only
 * cost time. Everything else is the plain header's.
 */
final class RequestIdHeader implements Header {
    private final Header header;

    private RequestIdHeader(String id) {
        this.header = HeaderValues.create(RequestIds.HEADER, id);
    }

    /** The header for an id that came out of {@link RequestIds#acceptOrCreate}: only such ids may be passed. */
    static Header of(String id) {
        return new RequestIdHeader(id);
    }

    /** Nothing to do: the value was checked when it was accepted, and the name is a constant. */
    @Override
    public void validate() {}

    @Override
    public String name() {
        return header.name();
    }

    @Override
    public HeaderName headerName() {
        return header.headerName();
    }

    @Override
    public List<String> allValues() {
        return header.allValues();
    }

    @Override
    public int valueCount() {
        return header.valueCount();
    }

    @Override
    public boolean sensitive() {
        return header.sensitive();
    }

    @Override
    public boolean changing() {
        return header.changing();
    }

    @Override
    public String get() {
        return header.get();
    }

    @Override
    public <N> Value<N> as(Class<N> type) throws MapperException {
        return header.as(type);
    }

    @Override
    public <N> Value<N> as(GenericType<N> type) throws MapperException {
        return header.as(type);
    }

    @Override
    public <N> Value<N> as(Function<? super String, ? extends N> mapper) {
        return header.as(mapper);
    }

    @Override
    public Optional<String> asOptional() throws MapperException {
        return header.asOptional();
    }

    @Override
    public Value<Boolean> asBoolean() {
        return header.asBoolean();
    }

    @Override
    public Value<String> asString() {
        return header.asString();
    }

    @Override
    public Value<Integer> asInt() {
        return header.asInt();
    }

    @Override
    public Value<Long> asLong() {
        return header.asLong();
    }

    @Override
    public Value<Double> asDouble() {
        return header.asDouble();
    }

    @Override
    public String toString() {
        return header.toString();
    }
}
