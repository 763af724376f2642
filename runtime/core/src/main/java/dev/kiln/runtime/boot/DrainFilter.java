package dev.kiln.runtime.boot;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Closes each connection after its response once shutdown has begun. Helidon closes the connections
 * that are idle when it stops, then waits up to the grace period for the rest; a connection that was
 * busy then would otherwise stay open (keep-alive) after its response and hold shutdown for the whole
 * {@code server.shutdown-timeout}. The check runs just before the response is sent, so it also covers
 * requests that were in flight when shutdown began.
 */
final class DrainFilter implements Filter {
    private volatile boolean draining;

    void startDraining() {
        draining = true;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.beforeSend(() -> {
            if (draining) {
                res.header(HeaderValues.CONNECTION_CLOSE);
            }
        });
        chain.proceed();
    }
}
