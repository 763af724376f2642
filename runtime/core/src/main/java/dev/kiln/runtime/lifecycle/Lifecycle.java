package dev.kiln.runtime.lifecycle;

/**
 * A component that needs to do work when the application starts and stops: open a pool, start a
 * consumer, flush a buffer. Kiln starts every {@code Lifecycle} in dependency order before the server
 * accepts requests and stops them in reverse order after it has drained.
 *
 * <pre>{@code
 * @Singleton
 * final class OrderService implements OrderApi, Lifecycle {
 *     @Override public void start() { cache.warmUp(); }
 *     @Override public void stop() { cache.flush(); }
 * }
 * }</pre>
 */
public interface Lifecycle {

    /** Called once before the server starts; a failure stops the components already started and aborts boot. */
    default void start() {}

    /** Called once after the server has stopped and drained, in reverse start order. */
    default void stop() {}
}
