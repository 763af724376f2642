package dev.kiln.runtime.log;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Gives every request its id (see {@link RequestIds}): kept in the request's context, set in the
 * {@link LogContext} while the request is handled, and sent back as {@code X-Request-Id} on whatever
 * response the request gets, problem answers included. {@code KilnBoot} installs it as the outermost
 * filter; custom routing can do the same:
 *
 * <pre>{@code
 * HttpRouting.builder().addFilter(new RequestIdFilter())...
 * }</pre>
 *
 * <p>{@code KilnBoot} gives it its drain signal too ({@link #RequestIdFilter(BooleanSupplier)}): while the server
 * shuts down, each answer closes its connection. One filter and one object per request do both: every request of a
 * Kiln server passes here, and each filter of Helidon's chain is a fixed cost per request.
 */
public final class RequestIdFilter implements Filter {
    /** Null: never closes connections. */
    private final BooleanSupplier closeConnections;

    /** A filter; it keeps no state, so one serves the whole server. */
    public RequestIdFilter() {
        this.closeConnections = null;
    }

    /**
     * A filter that also closes each connection after its answer while {@code closeConnections} says so, checked just
     * before the answer is written (so requests already in flight when it turns true close too).
     */
    public RequestIdFilter(BooleanSupplier closeConnections) {
        this.closeConnections = Objects.requireNonNull(closeConnections, "closeConnections");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String id = RequestIds.acceptOrCreate(req.headers());
        RequestIds.set(req, id);
        // Set now, for answers the route writes. Error handling resets the response's headers before it
        // writes a problem; ErrorResponses.send, which writes every problem, sets the id again.
        if (closeConnections == null) {
            res.header(RequestIdHeader.of(id));
        } else {
            RequestIdHeader header = RequestIdHeader.closing(id, res, closeConnections);
            res.header(header);
            res.beforeSend(header);
        }
        // Not cleared after the request: a failure thrown by a server filter is answered by the error handlers
        // after this filter has returned, and their log line should carry the id. It stays on the connection's
        // thread until the connection's next request replaces it (clearing would cost as much as setting).
        LogContext.requestId(id);
        boolean returned = false;
        try {
            chain.proceed();
            returned = true;
        } finally {
            // A failure thrown by a server filter is answered by the error handlers after this filter has returned,
            // and their answer needs the id: it is kept then, until the connection's next request replaces it.
            if (returned) {
                RequestIds.clear();
            }
        }
    }
}
