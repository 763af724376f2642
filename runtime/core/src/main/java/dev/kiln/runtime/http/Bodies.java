package dev.kiln.runtime.http;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonDecodeException;
import io.helidon.http.HttpMediaType;
import io.helidon.http.media.ReadableEntity;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Reads request bodies. The server's {@code server.max-payload-size} bounds them: a larger body is
 * answered 413 by the server before or while it is read; a chunked body with broken framing is a 400.
 *
 * <pre>{@code
 * NewOrder order = Bodies.json(req, NewOrderJsonCodec.INSTANCE);   // 415 unless application/json or +json
 * String note = Bodies.text(req);                                 // 415 unless text/plain
 * byte[] content = Bodies.bytes(req);                             // any content type
 * }</pre>
 */
public final class Bodies {
    private static final byte[] EMPTY = new byte[0];

    private Bodies() {}

    /**
     * Decodes a JSON body. 415 unless {@code Content-Type} is {@code application/json} or
     * {@code application/*+json}; empty, malformed or mistyped JSON throws
     * {@link dev.kiln.runtime.json.JsonDecodeException}, answered 400 with the JSON pointer.
     */
    public static <T> T json(ServerRequest req, JsonCodec<T> codec) {
        Optional<HttpMediaType> type = req.headers().contentType();
        if (type.isEmpty() || !isJson(type.get())) {
            throw unsupported(type, "application/json");
        }
        ReadableEntity content = req.content();
        if (!content.hasEntity()) {
            throw new JsonDecodeException("", "Request body is empty");
        }
        // Parsed straight from the socket's stream: no copy of the whole body first.
        return Json.decode(codec, BodyStream.of(req));
    }

    /** A {@code text/plain} body, decoded with its {@code charset} (UTF-8 when none); 415 otherwise. */
    public static String text(ServerRequest req) {
        Optional<HttpMediaType> type = req.headers().contentType();
        if (type.isEmpty() || !"text".equalsIgnoreCase(type.get().type())
                || !"plain".equalsIgnoreCase(type.get().subtype())) {
            throw unsupported(type, "text/plain");
        }
        Charset charset;
        try {
            charset = type.get().charset().map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw HttpException.unsupportedMediaType("Charset '" + type.get().charset().orElse("")
                    + "' is not supported; send text/plain; charset=UTF-8");
        }
        return new String(read(req), charset);
    }

    /** The body's bytes, whatever its content type; empty when there is none. */
    public static byte[] bytes(ServerRequest req) {
        return read(req);
    }

    private static boolean isJson(HttpMediaType type) {
        if (!"application".equalsIgnoreCase(type.type())) {
            return false;
        }
        String subtype = type.subtype();
        return "json".equalsIgnoreCase(subtype) || subtype.regionMatches(true, subtype.length() - 5, "+json", 0, 5);
    }

    private static HttpException unsupported(Optional<HttpMediaType> type, String expected) {
        String detail = type.isEmpty()
                ? "The request has no Content-Type; send the body as " + expected
                : "Content-Type '" + type.get().text() + "' is not supported here; send the body as " + expected;
        return HttpException.unsupportedMediaType(detail);
    }

    private static byte[] read(ServerRequest req) {
        ReadableEntity content = req.content();
        if (!content.hasEntity()) {
            return EMPTY;
        }
        try {
            return BodyStream.of(req).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the request body failed", e);
        }
    }
}
