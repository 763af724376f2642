package dev.kiln.runtime.client;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemCodec;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonDecodeException;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A service's whole answer, read. The typed accessors check the status first: anything outside 2xx
 * throws the {@link HttpException} subclass for the status ({@link dev.kiln.runtime.http.NotFoundException}
 * for 404, ...), carrying the service's problem document and headers and naming the service.
 *
 * <pre>{@code
 * Order order = call.send().json(200, OrderJsonCodec.INSTANCE);
 * Optional<Order> maybe = call.send().optionalJson(200, OrderJsonCodec.INSTANCE);   // 404 → empty
 * call.send().noContent();
 * }</pre>
 */
public final class ClientResponse {
    /** Headers about the message rather than the answer: not copied to the exception for a failed call. */
    private static final Set<HeaderName> FRAMING = Set.of(HeaderNames.CONTENT_LENGTH, HeaderNames.CONTENT_TYPE,
            HeaderNames.TRANSFER_ENCODING, HeaderNames.CONNECTION, HeaderNames.create("Keep-Alive"), HeaderNames.DATE);

    private final KilnHttpClient client;
    private final Method method;
    private final String path;
    private final int status;
    private final Headers headers;
    /** Read from the headers when first asked for (most answers never need it). */
    private String contentType;
    private boolean contentTypeRead;
    private final byte[] body;

    ClientResponse(KilnHttpClient client, Method method, String path, int status, Headers headers, byte[] body) {
        this.client = client;
        this.method = method;
        this.path = path;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The {@code Content-Type} as sent, or null. */
    public String contentType() {
        if (!contentTypeRead) {
            contentType = headers.contentType().map(HttpMediaType::text).orElse(null);
            contentTypeRead = true;
        }
        return contentType;
    }

    /** The raw body; empty when there was none. */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body decoded with {@code codec}. {@code expectedStatus} is the route's declared status; any
     * 2xx is accepted, since a body that decodes is what matters. A body that does not fit the codec is
     * {@link dev.kiln.runtime.http.BadGatewayException} (502).
     */
    public <T> T json(int expectedStatus, JsonCodec<T> codec) {
        requireSuccess();
        try {
            return Json.decode(codec, body);
        } catch (JsonDecodeException e) {
            throw HttpException.fromService(client.service(), Problem.of(502, "Service '" + client.service()
                    + "' answered " + call() + " with " + status + " and a body that does not fit: " + e.describe()), e);
        }
    }

    /** Like {@link #json}, with a 404 from a route (not from an unknown path) as empty. */
    public <T> Optional<T> optionalJson(int expectedStatus, JsonCodec<T> codec) {
        if (status == 404 && !Problem.NO_ROUTE.equals(problem().type())) {
            return Optional.empty();
        }
        return Optional.of(json(expectedStatus, codec));
    }

    /** The body as text, decoded with its charset (UTF-8 when none). */
    public String text(int expectedStatus) {
        requireSuccess();
        return new String(body, charset());
    }

    /** The body's bytes. */
    public byte[] bytes(int expectedStatus) {
        requireSuccess();
        return body.clone();
    }

    /** Succeeds for any 2xx; the body, if any, is ignored. */
    public void noContent() {
        requireSuccess();
    }

    private void requireSuccess() {
        if (status < 200 || status > 299) {
            HttpException failure = HttpException.fromService(client.service(), problem(), null);
            for (Header header : headers) {
                if (!FRAMING.contains(header.headerName())) {
                    failure.withHeader(header);
                }
            }
            throw failure;
        }
    }

    /** The body as a problem document, or one synthesised from the status and whatever text came back. */
    private Problem problem() {
        if (body.length > 0 && isJson()) {
            try {
                Problem problem = Json.decode(ProblemCodec.INSTANCE, body);
                if (problem.status() != 0 || problem.detail() != null) {
                    return problem.status() == status ? problem : problem.withStatus(status);
                }
            } catch (JsonDecodeException notAProblem) {
                // fall through to a synthesised problem
            }
        }
        String detail = "Service '" + client.service() + "' answered " + call() + " with " + status + " "
                + Problem.title(status);
        if (body.length > 0 && isText()) {
            String text = new String(body, charset()).strip();
            detail += ": " + (text.length() <= 500 ? text : text.substring(0, 497) + "...");
        }
        return Problem.of(status, detail);
    }

    private String call() {
        return method.text() + " " + path;
    }

    private boolean isJson() {
        String contentType = contentType();
        return contentType != null && (contentType.contains("json"));
    }

    private boolean isText() {
        String contentType = contentType();
        return contentType != null && (contentType.startsWith("text/") || isJson() || contentType.contains("xml"));
    }

    private Charset charset() {
        String contentType = contentType();
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return HttpMediaType.create(contentType).charset().map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (RuntimeException unknownCharset) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public String toString() {
        return "ClientResponse[" + call() + " → " + status + "]";
    }
}
