package dev.kiln.runtime.cache;

/**
 * A miss of one key, as {@link KilnCache#load} hands it to a generated method: either the value is already there
 * ({@link #loaded()}: another caller's load on this instance finished, or the shared store had it), or the caller
 * runs the method and reports the outcome, which wakes every caller waiting for the same key.
 *
 * <pre>{@code
 * CacheLoad<Optional<Product>> load = this.products.load(key);
 * if (load.loaded()) {
 *     return load.value();
 * }
 * try {
 *     Optional<Product> result = super.find(sku);
 *     load.complete(result);
 *     return result;
 * } catch (Throwable error) {
 *     load.fail(error);
 *     throw error;
 * }
 * }</pre>
 *
 * @param <V> the cached value type
 */
public interface CacheLoad<V> {

    /** Whether {@link #value()} is the answer and the method must not run. */
    boolean loaded();

    /** The loaded value, when {@link #loaded()}. */
    V value();

    /**
     * The method returned {@code value}: cached unless the key was evicted since this load began, the value is null
     * (or an empty {@code Optional} and the cache does not keep those), or the calling thread's transaction changed
     * the key; callers waiting for this key get {@code value} either way.
     */
    void complete(V value);

    /** The method threw {@code error}: nothing is cached; waiting callers get the same error, or load themselves. */
    void fail(Throwable error);
}
