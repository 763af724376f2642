package dev.kiln.runtime.log;

import dev.kiln.runtime.json.Json;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.BufferRecycler;

/**
 * Writes one JSON line per answered request to the {@value #LOGGER_NAME} logger at {@code INFO}:
 *
 * <pre>{@code
 * {"method":"GET","route":"/orders/{id}","path":"/orders/7","status":200,"durationMs":1.234,
 *  "bytes":183,"requestId":"5f0c…","principal":"ada"}
 * }</pre>
 *
 * {@code route} is the matched route template, null when no route matched (404, 405, CORS preflight);
 * {@code path} the raw request path without the query; {@code durationMs} runs from this filter to the
 * last byte handed to the connection; {@code bytes} counts what was written for the response, head
 * included; {@code principal} is {@link PrincipalNames#of}, null for anonymous requests.
 *
 * <p>Off unless {@code kiln.access-log.enabled=true}. When the logger's level is above {@code INFO} the
 * filter does nothing but that check. The line is the log record's whole message, so a formatter that
 * prints only the message ({@code java.util.logging.SimpleFormatter.format=%5$s%n} on a handler of the
 * {@value #LOGGER_NAME} logger) yields JSON lines.
 *
 * <pre>{@code
 * HttpRouting.builder().addFilter(new RequestIdFilter()).addFilter(new AccessLogFilter())...
 * }</pre>
 */
public final class AccessLogFilter implements Filter {
    /** The logger every access line goes to. */
    public static final String LOGGER_NAME = "kiln.access";

    private static final System.Logger LOGGER = System.getLogger(LOGGER_NAME);
    private static final SerializedString METHOD = new SerializedString("method");
    private static final SerializedString ROUTE = new SerializedString("route");
    private static final SerializedString PATH = new SerializedString("path");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString DURATION_MS = new SerializedString("durationMs");
    private static final SerializedString BYTES = new SerializedString("bytes");
    private static final SerializedString REQUEST_ID = new SerializedString("requestId");
    private static final SerializedString PRINCIPAL = new SerializedString("principal");

    /** A filter; it keeps no state, so one serves the whole server. */
    public AccessLogFilter() {}

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!LOGGER.isLoggable(System.Logger.Level.INFO)) {
            chain.proceed();
            return;
        }
        long started = System.nanoTime();
        // After sending, whoever sends: the route's handler, an error handler, or the request timeout.
        res.whenSent(() -> LOGGER.log(System.Logger.Level.INFO, line(req, res, System.nanoTime() - started)));
        chain.proceed();
    }

    /** The JSON line for a sent response. */
    static String line(ServerRequest req, ServerResponse res, long nanos) {
        BufferRecycler recycler = Json.factory()._getBufferRecycler();
        try {
            SegmentedStringWriter out = new SegmentedStringWriter(recycler);
            try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out)) {
                g.writeStartObject();
                g.writeName(METHOD);
                g.writeString(req.prologue().method().text());
                g.writeName(ROUTE);
                // Empty for the catch-all that answers 404/405: no route matched.
                String route = req.matchingPattern().orElse(null);
                g.writeString(route == null || route.isEmpty() ? null : route);
                g.writeName(PATH);
                g.writeString(req.prologue().uriPath().rawPath());
                g.writeName(STATUS);
                g.writeNumber(res.status().code());
                g.writeName(DURATION_MS);
                g.writeNumber(Math.round(nanos / 1_000.0) / 1_000.0);
                g.writeName(BYTES);
                g.writeNumber(res.bytesWritten());
                g.writeName(REQUEST_ID);
                g.writeString(RequestIds.of(req));
                g.writeName(PRINCIPAL);
                g.writeString(PrincipalNames.of(req));
                g.writeEndObject();
            }
            return out.getAndClear();
        } finally {
            recycler.releaseToPool();
        }
    }
}
