package dev.kiln.runtime.http;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes route results. Each sets the status and content type and sends the whole body at once, so
 * an encoding failure still leaves room for a clean 500.
 *
 * <pre>{@code
 * Responses.json(res, 200, OrderJsonCodec.INSTANCE, order);
 * Responses.optionalJson(res, 200, OrderJsonCodec.INSTANCE, service.find(id));   // empty → 404
 * Responses.noContent(res);
 * }</pre>
 */
public final class Responses {
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");

    private Responses() {}

    /** {@code value} as {@code application/json}. A null value is a bug in the service: a 500. */
    public static <T> void json(ServerResponse res, int status, JsonCodec<T> codec, T value) {
        if (value == null) {
            throw new NullPointerException("The service returned null for a non-Optional result; "
                    + "declare Optional<...> to answer 404 instead");
        }
        byte[] body = Json.encode(codec, value);
        res.status(status);
        res.header(KilnHeaders.CONTENT_TYPE_JSON);
        res.send(body);
    }

    /**
     * {@code value} as {@code application/json} with {@code Cache-Control: no-store}: what the operations endpoints
     * ({@code /kiln/messaging}, {@code /kiln/caches}, {@code /kiln/errors}) answer, figures that are stale at once.
     */
    public static <T> void uncachedJson(ServerResponse res, int status, JsonCodec<T> codec, T value) {
        res.header(NO_STORE);
        json(res, status, codec, value);
    }

    /** The value as JSON, or a 404 problem when empty. */
    public static <T> void optionalJson(ServerResponse res, int status, JsonCodec<T> codec, Optional<T> value) {
        if (value == null || value.isEmpty()) {
            throw HttpException.notFound("The requested resource does not exist");
        }
        json(res, status, codec, value.get());
    }

    /** {@code text/plain; charset=UTF-8}. */
    public static void text(ServerResponse res, int status, String value) {
        if (value == null) {
            throw new NullPointerException("The service returned null for a text result");
        }
        res.status(status);
        res.header(KilnHeaders.CONTENT_TYPE_TEXT);
        res.send(value.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code application/octet-stream}. */
    public static void bytes(ServerResponse res, int status, byte[] value) {
        if (value == null) {
            throw new NullPointerException("The service returned null for a byte[] result");
        }
        res.status(status);
        res.header(KilnHeaders.CONTENT_TYPE_BYTES);
        res.send(value);
    }

    /** 204 with no body: the answer of a {@code void} route. */
    public static void noContent(ServerResponse res) {
        res.status(204);
        res.send();
    }

    /** A status with no body: the answer of a {@code void} route declared with, say, {@code @Status(202)}. */
    public static void empty(ServerResponse res, int status) {
        res.status(status);
        res.send();
    }
}
