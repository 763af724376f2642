package dev.kiln.runtime.data;

/**
 * One entry into a transactional method ({@link Transactions#begin}). Exactly one of {@link #commit()} (the method
 * returned) or {@link #fail} (it threw) is called, then {@link #close()}. Only the entry that started a
 * transaction commits or rolls it back; a joined entry that fails with a rolling-back error marks the whole
 * transaction rollback-only.
 */
public interface Transaction extends AutoCloseable {
    /** The method returned normally. */
    void commit();

    /** The method threw {@code error}: rolls back (or marks rollback-only) when {@code rules} say so, else commits. */
    void fail(Throwable error, RollbackRules rules);

    /** Ends the entry: rolls back if neither commit nor fail was called, releases the connection, resumes a suspended transaction. */
    @Override
    void close();
}
