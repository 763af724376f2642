package dev.kiln.runtime.data;

import jakarta.transaction.Transactional;

/**
 * {@code jakarta.transaction.Transactional} for generated subclasses: a transaction is one connection bound to the
 * calling thread (a request's virtual thread), never seen by another thread.
 *
 * <pre>{@code
 * // what a generated subclass's override does
 * Transaction transaction = transactions.begin(Transactional.TxType.REQUIRED);
 * try {
 *     Order result = super.create(order);
 *     transaction.commit();
 *     return result;
 * } catch (Throwable error) {
 *     transaction.fail(error, CREATE_RULES);
 *     throw error;
 * } finally {
 *     transaction.close();
 * }
 * }</pre>
 */
public final class Transactions {
    // Implementation: issue 9, runtime part.

    /**
     * Enters a method with propagation {@code type}: joins, starts, suspends or refuses as Jakarta Transactions
     * says (MANDATORY without a transaction and NEVER within one throw
     * {@link jakarta.transaction.TransactionalException}).
     */
    public Transaction begin(Transactional.TxType type) {
        throw new UnsupportedOperationException();
    }

    /** Whether the calling thread is in a transaction. */
    public boolean active() {
        throw new UnsupportedOperationException();
    }
}
