package dev.kiln.runtime.log;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * Logs one record per answered request on the {@value #LOGGER_NAME} logger at {@code INFO}. Its message is a line
 * for people ({@code GET /orders/7 200 1.234ms 183B}); its fields are {@link LogAttributes}, written as properties of
 * the record's JSON object when {@code kiln.log.format} is a JSON shape:
 *
 * <pre>{@code
 * {"timestamp":"…","level":"INFO","logger":"kiln.access","message":"GET /orders/7 200 1.234ms 183B",
 *  "request_id":"5f0c…","service.name":"orders","method":"GET","route":"/orders/{id}","path":"/orders/7",
 *  "status":200,"durationMs":1.234,"bytes":183,"requestId":"5f0c…","principal":"ada"}
 * }</pre>
 *
 * {@code route} is the matched route template, null when no route matched (404, 405, CORS preflight);
 * {@code path} the raw request path without the query; {@code durationMs} runs from this filter to the
 * last byte handed to the connection; {@code bytes} counts what was written for the response, head
 * included; {@code principal} is {@link PrincipalNames#of}, null for anonymous requests.
 *
 * <p>Off unless {@code kiln.access-log.enabled=true}. When the logger's level is above {@code INFO} the
 * filter does nothing but that check.
 *
 * <pre>{@code
 * HttpRouting.builder().addFilter(new RequestIdFilter()).addFilter(new AccessLogFilter())...
 * }</pre>
 */
public final class AccessLogFilter implements Filter {
    /** The logger every access record goes to. */
    public static final String LOGGER_NAME = "kiln.access";

    // Held here: JUL forgets a logger nobody references, and with it a level set on it.
    private static final Logger LOGGER = Logger.getLogger(LOGGER_NAME);
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
        if (!LOGGER.isLoggable(Level.INFO)) {
            chain.proceed();
            return;
        }
        long started = System.nanoTime();
        // After sending, whoever sends: the route's handler, an error handler, or the request timeout.
        res.whenSent(() -> LOGGER.log(record(req, res, System.nanoTime() - started)));
        chain.proceed();
    }

    /** The record of a sent response. */
    static LogRecord record(ServerRequest req, ServerResponse res, long nanos) {
        // Empty for the catch-all that answers 404/405: no route matched.
        String route = req.matchingPattern().orElse(null);
        return new AccessRecord(req.prologue().method().text(), route == null || route.isEmpty() ? null : route,
                req.prologue().uriPath().rawPath(), res.status().code(), Math.round(nanos / 1_000.0) / 1_000.0,
                res.bytesWritten(), RequestIds.of(req), PrincipalNames.of(req));
    }

    /** One answered request: a record whose fields go into JSON lines as properties. */
    private static final class AccessRecord extends LogRecord implements LogAttributes {
        private final String method;
        private final String route;
        private final String path;
        private final int status;
        private final double durationMs;
        private final long bytes;
        private final String requestId;
        private final String principal;

        AccessRecord(String method, String route, String path, int status, double durationMs, long bytes,
                     String requestId, String principal) {
            super(Level.INFO, method + " " + path + " " + status + " " + durationMs + "ms " + bytes + "B"
                    + (principal == null ? "" : " principal=" + principal));
            setLoggerName(LOGGER_NAME);
            this.method = method;
            this.route = route;
            this.path = path;
            this.status = status;
            this.durationMs = durationMs;
            this.bytes = bytes;
            this.requestId = requestId;
            this.principal = principal;
        }

        @Override
        public void writeAttributes(JsonGenerator g) {
            g.writeName(METHOD);
            g.writeString(method);
            g.writeName(ROUTE);
            g.writeString(route);
            g.writeName(PATH);
            g.writeString(path);
            g.writeName(STATUS);
            g.writeNumber(status);
            g.writeName(DURATION_MS);
            g.writeNumber(durationMs);
            g.writeName(BYTES);
            g.writeNumber(bytes);
            g.writeName(REQUEST_ID);
            g.writeString(requestId);
            g.writeName(PRINCIPAL);
            g.writeString(principal);
        }
    }
}
