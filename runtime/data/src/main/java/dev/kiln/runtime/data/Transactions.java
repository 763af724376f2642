package dev.kiln.runtime.data;

import dev.kiln.runtime.transaction.TransactionHooks;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

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
 *
 * <p>Propagation, as Jakarta Transactions says: {@code REQUIRED} joins the current transaction or starts one;
 * {@code REQUIRES_NEW} suspends the current one (if any), runs in its own on a second connection, and resumes the
 * first when it ends; {@code MANDATORY} joins, or throws a {@link TransactionalException} wrapping a
 * {@link TransactionRequiredException}; {@code SUPPORTS} joins if there is one, else runs without; {@code NOT_SUPPORTED}
 * suspends the current one and runs without; {@code NEVER} runs without, or throws a {@link TransactionalException}
 * wrapping an {@link InvalidTransactionException}. Only the entry that started a transaction commits or rolls it
 * back; a joined entry that fails with a rolling-back error ({@link RollbackRules}) marks it rollback-only, and the
 * starting entry's {@link Transaction#commit()} then rolls back and throws a {@link TransactionalException} wrapping
 * a {@link jakarta.transaction.RollbackException}.
 *
 * <p>A thread holds at most one connection per open {@code REQUIRES_NEW} level: a pool smaller than the deepest
 * nesting times the concurrent requests waits for connections, then answers 503.
 *
 * <p>As {@link TransactionHooks} it lets other runtime modules (the cache) act on commit and keep state per
 * transaction; a {@code REQUIRES_NEW} transaction has its own.
 */
public final class Transactions implements TransactionHooks {
    private static final System.Logger LOGGER = System.getLogger(Transactions.class.getName());
    private final Connections connections;
    /** The calling thread's transaction: a ThreadLocal, so another request (another thread) never sees it. */
    private final ThreadLocal<Bound> current = new ThreadLocal<>();
    /** Null without telemetry; else each transaction started is an INTERNAL span, current while it lasts. */
    private final DataTelemetry telemetry;

    Transactions(Connections connections, DataTelemetry telemetry) {
        this.connections = connections;
        this.telemetry = telemetry;
    }

    /**
     * Enters a method with propagation {@code type}: joins, starts, suspends or refuses as Jakarta Transactions
     * says (MANDATORY without a transaction and NEVER within one throw
     * {@link jakarta.transaction.TransactionalException}).
     */
    public Transaction begin(Transactional.TxType type) {
        Objects.requireNonNull(type, "type");
        Bound active = current.get();
        return switch (type) {
            case REQUIRED -> active != null ? new Entry(active, false, active) : start(null);
            case REQUIRES_NEW -> start(active);
            case MANDATORY -> {
                if (active == null) {
                    throw new TransactionalException("A method with TxType.MANDATORY was called outside a transaction",
                            new TransactionRequiredException("No transaction is active on this thread"));
                }
                yield new Entry(active, false, active);
            }
            case SUPPORTS -> new Entry(active, false, active);
            case NOT_SUPPORTED -> {
                if (active != null) {
                    current.remove();
                }
                yield new Entry(null, false, active);
            }
            case NEVER -> {
                if (active != null) {
                    throw new TransactionalException("A method with TxType.NEVER was called inside a transaction",
                            new InvalidTransactionException("A transaction is active on this thread"));
                }
                yield new Entry(null, false, null);
            }
        };
    }

    /** Whether the calling thread is in a transaction. */
    @Override
    public boolean active() {
        return current.get() != null;
    }

    /**
     * Marks the calling thread's transaction rollback-only: whoever started it rolls it back instead of committing
     * (and its commit throws). {@link IllegalStateException} outside a transaction.
     *
     * <pre>{@code
     * if (!stock.reserve(order)) { transactions.setRollbackOnly(); return Outcome.OUT_OF_STOCK; }
     * }</pre>
     */
    public void setRollbackOnly() {
        Bound active = current.get();
        if (active == null) {
            throw new IllegalStateException("No transaction is active on this thread");
        }
        active.rollbackOnly = true;
    }

    /**
     * Runs {@code action} once the calling thread's transaction has committed (never if it rolls back), or at once
     * outside a transaction: for work that must not happen for data that was never written (evicting a cache,
     * sending a notification). An action that throws does not undo the commit; the first such error is rethrown
     * after the other actions have run.
     *
     * <pre>{@code
     * transactions.afterCommit(() -> cache.evict(orderId));
     * }</pre>
     */
    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Bound active = current.get();
        if (active == null) {
            action.run();
        } else {
            active.afterCommit.add(action);
        }
    }

    /**
     * Runs {@code action} once the calling thread's transaction has ended: after it committed (and its
     * {@link #afterCommit} actions ran) or rolled back; at once outside a transaction. An action that throws is
     * logged: the transaction's outcome is decided by then.
     */
    @Override
    public void afterCompletion(Runnable action) {
        Objects.requireNonNull(action, "action");
        Bound active = current.get();
        if (active == null) {
            action.run();
        } else {
            active.afterCompletion.add(action);
        }
    }

    /** The calling thread's transaction's resource under {@code key}; see {@link TransactionHooks#resource}. */
    @Override
    public <T> T resource(Object key, Supplier<? extends T> create) {
        Objects.requireNonNull(key, "key");
        Bound active = current.get();
        if (active == null) {
            return null;
        }
        @SuppressWarnings("unchecked") // each key's owner stores one type under it
        T kept = (T) active.resources.get(key);
        if (kept == null) {
            kept = create.get();
            if (kept != null) {
                active.resources.put(key, kept);
            }
        }
        return kept;
    }

    /** The calling thread's transaction connection, or null (for {@link Database} and the jOOQ provider). */
    Connection connection() {
        Bound active = current.get();
        return active == null ? null : active.connection;
    }

    private Entry start(Bound suspended) {
        Connection connection = connections.open();
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            connections.release(connection);
            throw connections.failure("Beginning a transaction", e);
        }
        Bound started = new Bound(connection);
        if (telemetry != null) {
            started.span = telemetry.beginTransaction();
        }
        current.set(started);
        return new Entry(started, true, suspended);
    }

    private static void runAfterCommit(List<Runnable> actions) {
        RuntimeException first = null;
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void runAfterCompletion(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "An action after a transaction's end failed", e);
            }
        }
    }

    /**
     * One transaction: its connection, whether it must roll back, what to do after it commits and after it ends,
     * and other modules' state for it. Only its thread touches it.
     */
    static final class Bound {
        final Connection connection;
        final List<Runnable> afterCommit = new ArrayList<>(0);
        final List<Runnable> afterCompletion = new ArrayList<>(0);
        final Map<Object, Object> resources = new HashMap<>(4);
        boolean rollbackOnly;
        boolean committed;
        /** With telemetry: the transaction's span and its scope on this thread. */
        DataTelemetry.TransactionSpan span;

        Bound(Connection connection) {
            this.connection = connection;
        }
    }

    /** One entry into a transactional method. */
    private final class Entry implements Transaction {
        private final Bound transaction; // the one this entry runs in, or null
        private final boolean owner;     // whether this entry started it
        private final Bound outer;       // what the thread had before this entry, restored by close()
        private boolean ended;
        private boolean closed;

        Entry(Bound transaction, boolean owner, Bound outer) {
            this.transaction = transaction;
            this.owner = owner;
            this.outer = outer;
        }

        @Override
        public void commit() {
            if (ended) {
                return;
            }
            ended = true;
            if (!owner) {
                return;
            }
            if (transaction.rollbackOnly) {
                rollback(null);
                throw new TransactionalException("The transaction was rolled back: it was marked rollback-only",
                        new jakarta.transaction.RollbackException("Marked rollback-only by a method it called, "
                                + "or by Transactions.setRollbackOnly()"));
            }
            try {
                transaction.connection.commit();
                transaction.committed = true;
            } catch (SQLException e) {
                rollback(null);
                throw connections.failure("Committing a transaction", e);
            }
            runAfterCommit(transaction.afterCommit);
        }

        @Override
        public void fail(Throwable error, RollbackRules rules) {
            if (ended) {
                return;
            }
            ended = true;
            boolean rollsBack = rules.rollsBack(error);
            if (!owner) {
                if (transaction != null && rollsBack) {
                    transaction.rollbackOnly = true;
                }
                return;
            }
            if (rollsBack || transaction.rollbackOnly) {
                if (!rollsBack) {
                    error.addSuppressed(new jakarta.transaction.RollbackException(
                            "The transaction was rolled back: it was marked rollback-only"));
                }
                rollback(error);
                return;
            }
            try {
                transaction.connection.commit();
                transaction.committed = true;
                runAfterCommit(transaction.afterCommit);
            } catch (SQLException e) {
                rollback(error);
                error.addSuppressed(connections.failure("Committing a transaction", e));
            } catch (RuntimeException e) {
                error.addSuppressed(e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (!ended) {
                    ended = true;
                    if (owner) {
                        rollback(null);
                    } else if (transaction != null) {
                        transaction.rollbackOnly = true;
                    }
                }
                if (owner) {
                    connections.release(transaction.connection);
                }
            } finally {
                if (owner || transaction != outer) { // started or suspended: give the thread back what it had
                    if (outer == null) {
                        current.remove();
                    } else {
                        current.set(outer);
                    }
                }
                if (owner) {
                    runAfterCompletion(transaction.afterCompletion);
                    if (transaction.span != null) {
                        transaction.span.end(transaction.committed);
                    }
                }
            }
        }

        /** Rolls back; a failure is added to {@code error} when there is one (it is what the caller sees). */
        private void rollback(Throwable error) {
            try {
                transaction.connection.rollback();
            } catch (SQLException e) {
                if (error != null) {
                    error.addSuppressed(e);
                }
            }
        }
    }
}
