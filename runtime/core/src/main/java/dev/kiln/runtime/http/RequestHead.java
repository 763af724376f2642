package dev.kiln.runtime.http;

/**
 * Whether the current connection's thread is reading a request's line and headers, as the server's connection
 * guard tells it. Helidon reports anything that fails in its parser (a control character in the method, say) as an
 * internal error without its cause; failing there, the request is malformed, not the server broken, and
 * {@link ProblemDirectHandler} answers it 400.
 *
 * <pre>{@code
 * RequestHead.reading(true);    // the first bytes of a request arrived
 * RequestHead.reading(false);   // its headers are complete
 * }</pre>
 */
public final class RequestHead {
    // One connection, one thread: the flag never leaves the connection that set it.
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private RequestHead() {}

    /** Sets whether the current thread's connection is reading a request's head. */
    public static void reading(boolean reading) {
        // Set, never removed while the connection lives: a remove and a set again would make a new map entry for
        // every request on a keep-alive connection. GuardedConnection clears it when the connection ends.
        READING.set(reading ? Boolean.TRUE : Boolean.FALSE);
    }

    /** Whether the current thread's connection is reading a request's head. */
    public static boolean isReading() {
        return READING.get() == Boolean.TRUE;
    }

    /** Forgets the flag: the connection's thread is done. */
    public static void clear() {
        READING.remove();
    }
}
