package dev.kiln.runtime.data;

import dev.kiln.runtime.lifecycle.Lifecycle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Runs the checked SQL of generated repositories: on the connection of the calling thread's transaction when
 * there is one ({@link Transactions}), else on a connection from the pool in auto-commit, returned at once (for
 * {@link #stream}, when the stream is closed). A {@link Lifecycle}: {@code start()} checks the database can be reached
 * (failing the start, naming the URL without its password) and applies the Flyway migrations
 * ({@code kiln.datasource.migrate}, default true); {@code stop()} closes the pool. A pool that cannot give a connection within
 * {@code kiln.datasource.pool.connection-timeout}, or a database that cannot be reached, throws
 * {@link DataUnavailableException} (a 503 problem); any other failure of the SQL throws {@link DataAccessException}
 * naming {@code where} and the SQL state.
 *
 * <pre>{@code
 * // what a generated repository method does
 * return database.optional("OrderRepository.find", FIND, statement -> statement.setLong(1, id),
 *         row -> new OrderRow(row.getLong(1), row.getString(2), ...));
 * }</pre>
 */
public final class Database implements Lifecycle {
    // Implementation: issue 9, runtime part (pool, dialect, transactions).

    @Override
    public void start() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException();
    }

    /** The dialect of {@code kiln.datasource.url}. */
    public SqlDialect dialect() {
        throw new UnsupportedOperationException();
    }

    /** The pool. */
    public DataSource dataSource() {
        throw new UnsupportedOperationException();
    }

    /** The transactions over this database. */
    public Transactions transactions() {
        throw new UnsupportedOperationException();
    }

    /** At most one row: empty when none, {@link ResultCountException} when more than one. */
    public <R> Optional<R> optional(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        throw new UnsupportedOperationException();
    }

    /** Exactly one row, else {@link ResultCountException}. */
    public <R> R one(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        throw new UnsupportedOperationException();
    }

    /** Every row. */
    public <R> List<R> list(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        throw new UnsupportedOperationException();
    }

    /** The rows, read as the stream is consumed; the connection is held until the stream is closed. */
    public <R> Stream<R> stream(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        throw new UnsupportedOperationException();
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns the update count. */
    public long update(String where, Sql sql, Binder binder) {
        throw new UnsupportedOperationException();
    }
}
