package dev.kiln.runtime.boot;

import java.util.function.BooleanSupplier;

/**
 * Whether shutdown has begun: then each connection is closed after its response. Helidon closes the connections
 * that are idle when it stops, then waits up to the grace period for the rest; a connection that was busy then would
 * otherwise stay open (keep-alive) after its response and hold shutdown for the whole
 * {@code server.shutdown-timeout}. The request id filter reads it just before each response is sent (one Helidon
 * filter for both, see {@code RequestIdFilter(BooleanSupplier)}), so requests in flight when shutdown began close
 * their connections too.
 */
final class Drain implements BooleanSupplier {
    private volatile boolean draining;

    void startDraining() {
        draining = true;
    }

    @Override
    public boolean getAsBoolean() {
        return draining;
    }
}
