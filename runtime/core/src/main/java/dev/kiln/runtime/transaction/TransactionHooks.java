package dev.kiln.runtime.transaction;

import java.util.function.Supplier;

/**
 * What a runtime module may ask of the calling thread's transaction without depending on the module that runs
 * transactions ({@code kiln-runtime-data}'s {@code Transactions} implements it): whether there is one, work to do
 * once it has committed or ended, and state kept for as long as it lasts. A {@code REQUIRES_NEW} transaction is a
 * transaction of its own here: its actions and resources are not the suspended one's.
 *
 * <pre>{@code
 * // kiln-runtime-cache: an eviction inside a transaction waits for its commit
 * if (hooks.active()) {
 *     Set<K> evicted = hooks.resource(this, () -> {
 *         Set<K> keys = new HashSet<>();
 *         hooks.afterCommit(() -> keys.forEach(this::evictNow));
 *         return keys;
 *     });
 *     evicted.add(key);
 * }
 * }</pre>
 */
public interface TransactionHooks {

    /** Whether the calling thread is in a transaction. */
    boolean active();

    /**
     * Runs {@code action} once the calling thread's transaction has committed (never if it rolls back), or at once
     * outside a transaction. An action that throws does not undo the commit.
     */
    void afterCommit(Runnable action);

    /**
     * Runs {@code action} once the calling thread's transaction has ended, committed (after its
     * {@link #afterCommit} actions) or rolled back; at once outside a transaction. For releasing what
     * {@link #resource} created.
     */
    void afterCompletion(Runnable action);

    /**
     * The calling thread's transaction's resource under {@code key} (compared by {@code equals}): the one kept, else
     * what {@code create} returns, kept until the transaction ends (a null from {@code create} is not kept, so
     * {@code resource(key, () -> null)} only looks). Null outside a transaction, without calling {@code create}.
     */
    <T> T resource(Object key, Supplier<? extends T> create);
}
