package dev.kiln.runtime.errors;

/**
 * Where a runtime piece reports an unexpected failure it has caught: Kiln's error handlers (a 500) and the
 * messaging dispatcher (a subscriber that threw). {@link ErrorTracker} is the one implementation the graph
 * holds; {@link #NONE} records nothing. Only failures that are the server's own belong here: not an
 * {@code HttpException} the application chose to throw, not a client that went away.
 *
 * <pre>{@code
 * try { handler.handle(message, context); }
 * catch (Exception e) { errors.record(e, "orders.placed → Notifier.on", null); throw e; }
 * }</pre>
 */
@FunctionalInterface
public interface ErrorRecorder {
    /** Records nothing. */
    ErrorRecorder NONE = (error, where, errorId) -> {};

    /**
     * Records {@code error}, thrown at {@code where} (a route {@code GET /orders/{id}} or a subscriber
     * {@code orders.placed → Notifier.on}), answered with {@code errorId} (null when nobody was answered).
     * Called on the failing thread, so that the current span is the failing one. Never throws.
     */
    void record(Throwable error, String where, String errorId);
}
