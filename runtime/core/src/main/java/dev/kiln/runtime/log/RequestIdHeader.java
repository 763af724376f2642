package dev.kiln.runtime.log;

import io.helidon.common.GenericType;
import io.helidon.common.buffers.BufferData;
import io.helidon.common.mapper.MapperException;
import io.helidon.common.mapper.Value;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The {@code X-Request-Id} answer header, already validated. Helidon validates every response header's name and
 * value as it writes them; an id reaches here only through {@link RequestIds#acceptOrCreate} (1 to 128 visible
 * ASCII characters, or a created UUID), which is stricter, so checking it again on every response would only
 * cost time. Everything else is the plain header's.
 *
 * <p>Made by {@link RequestIdFilter} with a close signal, it is also the response's before-send hook that adds
 * {@code Connection: close} while the signal is up (Kiln's drain at shutdown): one object per request for both.
 *
 * <p>Measured trade-off (docs/PERFORMANCE.md, 2026-12-04 evening): a class of Kiln's own among a response's headers
 * makes Helidon's validate and write loops over them megamorphic; Helidon's own {@code HeaderValueSingle} avoids
 * that but validates the name and allocates ~100 bytes more per response. On GET /hello neither was faster beyond
 * the noise, so this one, which allocates less, stays.
 */
final class RequestIdHeader implements Header, Runnable {
    private static final byte[] NAME_BYTES = RequestIds.HEADER.defaultCase().getBytes(StandardCharsets.US_ASCII);

    private final Header header;
    private final ServerResponse res;
    private final BooleanSupplier close;

    private RequestIdHeader(String id, ServerResponse res, BooleanSupplier close) {
        this.header = HeaderValues.create(RequestIds.HEADER, id);
        this.res = res;
        this.close = close;
    }

    /** The header for an id that came out of {@link RequestIds#acceptOrCreate}: only such ids may be passed. */
    static Header of(String id) {
        return new RequestIdHeader(id, null, null);
    }

    /** As {@link #of}, and, {@linkplain #run() run before} {@code res} is sent, closes its connection while {@code close} is up. */
    static RequestIdHeader closing(String id, ServerResponse res, BooleanSupplier close) {
        return new RequestIdHeader(id, res, close);
    }

    /** Just before the answer is written: {@code Connection: close} if the close signal is up. */
    @Override
    public void run() {
        if (close != null && close.getAsBoolean()) {
            res.header(HeaderValues.CONNECTION_CLOSE);
        }
    }

    /**
     * Writes {@code X-Request-Id: <id>} straight into the response's buffer: the name's bytes are a constant, and the
     * id is visible ASCII (checked when it was accepted), one byte per character — where Helidon's default (and
     * {@code BufferData.writeAscii}) encode into new arrays on every response.
     */
    @Override
    public void writeHttp1Header(BufferData buffer) {
        buffer.write(NAME_BYTES);
        buffer.write(':');
        buffer.write(' ');
        String id = header.get();
        for (int i = 0; i < id.length(); i++) {
            buffer.write(id.charAt(i));
        }
        buffer.write('\r');
        buffer.write('\n');
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
