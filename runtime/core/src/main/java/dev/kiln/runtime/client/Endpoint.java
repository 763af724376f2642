package dev.kiln.runtime.client;

import dev.kiln.runtime.registry.ServiceInstance;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One UP instance as a discovered client sees it: a client bound to its URI, the calls in flight to it
 * (what power-of-two-choices compares) and its run of connection failures (what ejects it). Kept across
 * registry updates while the instance stays, so the counts survive a heartbeat.
 */
final class Endpoint {
    private static final VarHandle IN_FLIGHT;
    private static final VarHandle FAILURES;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            IN_FLIGHT = lookup.findVarHandle(Endpoint.class, "inFlight", int.class);
            FAILURES = lookup.findVarHandle(Endpoint.class, "failures", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final ServiceInstance instance;
    final KilnHttpClient client;
    private volatile int inFlight;
    private volatile int failures;
    /** {@link System#nanoTime} when an ejected endpoint may be tried again; 0 while not ejected. Guarded by the view's lock. */
    long ejectedUntil;
    /** Ejections since the last success: the backoff doubles with each. Guarded by the view's lock. */
    int ejections;

    Endpoint(ServiceInstance instance, KilnHttpClient client) {
        this.instance = instance;
        this.client = client;
    }

    int inFlight() {
        return inFlight;
    }

    void begin() {
        IN_FLIGHT.getAndAdd(this, 1);
    }

    void end() {
        IN_FLIGHT.getAndAdd(this, -1);
    }

    /** Ends a run of failures; returns whether there was one (the view then forgets past ejections). */
    boolean succeeded() {
        if (failures == 0) { // the usual case: a read, no write to a shared line
            return false;
        }
        FAILURES.setVolatile(this, 0);
        return true;
    }

    /** Counts a connection failure; returns the length of the run. */
    int failed() {
        return (int) FAILURES.getAndAdd(this, 1) + 1;
    }

    /** Sets the run, so that a re-probed endpoint is ejected again by its next failure. */
    void failures(int count) {
        FAILURES.setVolatile(this, count);
    }

    /** Same instance at the same address: counts carry over to the rebuilt view. */
    boolean sameAs(ServiceInstance other) {
        return instance.sameAs(other) && instance.uri().equals(other.uri());
    }

    @Override
    public String toString() {
        return instance.uri() + " (" + inFlight + " in flight)";
    }
}
