package dev.kiln.runtime.client;

import dev.kiln.runtime.http.GatewayTimeoutException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.KilnHeaders;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.log.RequestIds;
import io.helidon.common.buffers.DataReader;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One request being put together by a generated client: path, query, headers and body, then
 * {@link #send()}. Not thread-safe; use each once.
 *
 * <pre>{@code
 * ClientCall call = http.call(Method.GET, "/orders");
 * if (customer.isPresent()) call.query("customer", customer.get());
 * call.query("limit", String.valueOf(limit));
 * List<Order> orders = call.send().json(200, LIST_OF_ORDER);
 * }</pre>
 */
public final class ClientCall {
    private final KilnHttpClient client;
    private final Method method;
    /** The route template the path fills, or null when the generated client did not pass one. */
    private final String template;
    private final String path;
    private StringBuilder query;
    private List<Header> headers;
    private byte[] body;
    private boolean idempotent;

    ClientCall(KilnHttpClient client, Method method, String template, String path) {
        this.client = client;
        this.template = template;
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Marks a call that is safe to send twice although its method is not idempotent ({@code @Idempotent} on a
     * POST or PATCH route): a discovered client may retry it on another instance.
     */
    public ClientCall idempotent() {
        idempotent = true;
        return this;
    }

    /** Percent-encodes one path segment: everything but {@code A-Z a-z 0-9 - . _ ~}. */
    public static String segment(String raw) {
        return UriEncoding.encode(raw);
    }

    /** Adds a query parameter (encoded here). */
    public ClientCall query(String name, String value) {
        if (query == null) {
            query = new StringBuilder(32);
        } else {
            query.append('&');
        }
        query.append(UriEncoding.encode(name)).append('=').append(UriEncoding.encode(value));
        return this;
    }

    /** Adds the parameter once per value, in order: {@code ?tag=a&tag=b}. */
    public ClientCall queryAll(String name, Collection<String> values) {
        for (String value : values) {
            query(name, value);
        }
        return this;
    }

    /**
     * Adds a header. A value HTTP cannot carry as is (a character outside visible ASCII, space and tab) is
     * refused here with an {@link IllegalArgumentException}, rather than sent altered.
     */
    public ClientCall header(HeaderName name, String value) {
        headers().add(HeaderValues.create(name, checkedValue(name, value)));
        return this;
    }

    /**
     * Adds a list-valued header, one member per value; each is checked as by
     * {@link #header(HeaderName, String)}. A member the server would split or trim (a comma, a quote, an
     * edge space, empty) is sent as a quoted-string, so that it arrives as sent.
     */
    public ClientCall headerAll(HeaderName name, Collection<String> values) {
        if (!values.isEmpty()) {
            List<String> members = new ArrayList<>(values.size());
            for (String value : values) {
                members.add(listMember(checkedValue(name, value)));
            }
            headers().add(HeaderValues.create(name, members));
        }
        return this;
    }

    private static String listMember(String value) {
        boolean plain = !value.isEmpty() && value.indexOf(',') < 0 && value.indexOf('"') < 0
                && !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(value.length() - 1));
        return plain ? value : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code value}, if every character is visible ASCII, space or tab (RFC 9110 field-value, without obs-text). */
    private static String checkedValue(HeaderName name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7E) {
                throw new IllegalArgumentException("Header " + name.defaultCase() + " cannot carry the character U+"
                        + String.format("%04X", (int) c) + " at index " + i + ": header values are ASCII;"
                        + " send such text in a query parameter or the body");
            }
        }
        return value;
    }

    /** Sends {@code value} as {@code application/json}. */
    public <T> ClientCall jsonBody(JsonCodec<T> codec, T value) {
        return body(KilnHeaders.CONTENT_TYPE_JSON, Json.encode(codec, Objects.requireNonNull(value, "body")));
    }

    /** Sends {@code text/plain; charset=UTF-8}. */
    public ClientCall textBody(String text) {
        return body(KilnHeaders.CONTENT_TYPE_TEXT, Objects.requireNonNull(text, "body").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code application/octet-stream}. */
    public ClientCall bytesBody(byte[] bytes) {
        return body(KilnHeaders.CONTENT_TYPE_BYTES, Objects.requireNonNull(bytes, "body"));
    }

    /**
     * Sends the request, with the client's credentials if it has any and the id of the request this thread is
     * handling if any ({@code X-Request-Id}), and reads the whole answer. Failing to
     * connect throws a {@link ServiceUnavailableException}, a read timeout a {@link GatewayTimeoutException}.
     * A discovered client sends it to one of the service's UP instances, and again to another when that is
     * safe (see {@link KilnClientBuilder#registry}); with no UP instance it throws a
     * {@link ServiceUnavailableException} naming the service.
     */
    public ClientResponse send() {
        DiscoveredEndpoints endpoints = client.endpoints();
        return endpoints == null ? sendToBaseUri() : Failover.send(this, endpoints, client.retryBudget());
    }

    /**
     * Sends to the client's one base URI. An idempotent call whose connection closes before any answer (a
     * kept-alive connection the server had already closed, when it stopped or timed the connection out) is sent
     * once more, on a new connection, as RFC 9110 §9.2.2 allows; a discovered client retries on another instance
     * instead.
     */
    private ClientResponse sendToBaseUri() {
        try {
            return sendTo(client, 0);
        } catch (HttpException e) {
            if (!(e.getCause() instanceof DataReader.InsufficientDataAvailableException)
                    || !(idempotent || Failover.isIdempotent(method))) {
                throw e;
            }
            return sendTo(client, 1);
        }
    }

    /**
     * Sends this call to {@code client}'s base URI once: the client itself, or one instance of a discovered
     * service (whose failover decides what happens next). {@code resendCount} counts the attempts before this one.
     */
    ClientResponse sendTo(KilnHttpClient client, int resendCount) {
        String target = client.base() + path + (query == null ? "" : "?" + query);
        HttpClientRequest request = client.webClient().method(method)
                .uri(target)
                .skipUriEncoding(true);
        if (client.readTimeout() != null) {
            request.readTimeout(client.readTimeout());
        }
        if (headers != null) {
            for (Header header : headers) {
                request.header(header);
            }
        }
        // Made while handling a request: the called service gets (and logs) the same request id.
        String requestId = RequestIds.current();
        if (requestId != null && !hasHeader(RequestIds.HEADER)) {
            request.header(HeaderValues.create(RequestIds.HEADER, requestId));
        }
        ClientCredentials credentials = client.credentials();
        if (credentials != null && !hasHeader(credentials.header())) {
            String value = credentials.get();
            if (value != null) {
                if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                    throw new IllegalStateException("The credentials of the client of service '" + client.service()
                            + "' gave a " + credentials.header().defaultCase() + " value with a line break");
                }
                request.header(HeaderValues.create(credentials.header(), value));
            }
        }
        ClientTelemetry telemetry = client.telemetry();
        if (telemetry != null) {
            return telemetry.run(client, method, template, path, target, request, body, resendCount);
        }
        return Exchange.run(client, method, path, request, body);
    }

    /** Whether {@link #idempotent()} marked this call. */
    boolean isIdempotent() {
        return idempotent;
    }

    Method method() {
        return method;
    }

    /** Whether this call sets {@code name} itself (a header parameter), which then wins over the credentials. */
    private boolean hasHeader(HeaderName name) {
        if (headers != null) {
            for (Header header : headers) {
                if (header.headerName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private ClientCall body(Header contentType, byte[] bytes) {
        headers().add(contentType);
        body = bytes;
        return this;
    }

    private List<Header> headers() {
        if (headers == null) {
            headers = new ArrayList<>(4);
        }
        return headers;
    }
}
