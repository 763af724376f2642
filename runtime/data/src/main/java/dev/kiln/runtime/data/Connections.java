package dev.kiln.runtime.data;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The HikariCP pool of one {@link Database}, and the one place that turns a failed JDBC call into Kiln's exceptions:
 * no connection, or a connection lost → {@link DataUnavailableException} (a 503 whose detail names the pool and its
 * timeout, never the URL or password); anything else → {@link DataAccessException} naming where and the SQL state.
 */
final class Connections {
    static final String POOL_NAME = "kiln.datasource";

    /**
     * SQL states that mean the database went away rather than that the statement was wrong: class 08 (connection
     * exception, both drivers), PostgreSQL's 57P01..57P03 (shut down by an administrator, crash, cannot connect
     * now: starting up), H2's 90067 (connection broken) and 90098 (database closed).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098");

    private final DataSettings settings;
    private final HikariDataSource pool;

    Connections(DataSettings settings) {
        this.settings = settings;
        // The pool is built by Database.start() (its first getConnection), which fails at once when the database
        // cannot be reached; afterwards the pool keeps trying in the background and recovers by itself.
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName(POOL_NAME);
        pool.setJdbcUrl(settings.url());
        settings.user().ifPresent(pool::setUsername);
        if (!settings.password().isEmpty()) {
            pool.setPassword(settings.password());
        }
        pool.setMaximumPoolSize(settings.maximumSize());
        pool.setMinimumIdle(settings.minimumIdle());
        pool.setConnectionTimeout(settings.connectionTimeout().toMillis());
        // Validation of a borrowed connection may not outlast the wait for one.
        pool.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 5_000));
        pool.setIdleTimeout(settings.idleTimeout().toMillis());
        pool.setMaxLifetime(settings.maxLifetime().toMillis());
        pool.setKeepaliveTime(settings.keepaliveTime().toMillis());
        pool.setLeakDetectionThreshold(settings.leakDetectionThreshold().toMillis());
        pool.setAutoCommit(true);
        pool.setInitializationFailTimeout(1);
        this.pool = pool;
    }

    DataSettings settings() {
        return settings;
    }

    HikariDataSource pool() {
        return pool;
    }

    /** A connection from the pool in auto-commit; close it with {@link #release}. */
    Connection open() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (pool.isClosed()) {
                throw unavailable("the pool is closed (the application is stopping)", e);
            }
            throw failure("getConnection", e);
        } catch (HikariPool.PoolInitializationException e) {
            throw unavailable("the database cannot be reached", e);
        }
    }

    /** Returns {@code connection} to the pool in auto-commit, as it came out. */
    void release(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // A broken connection: HikariCP evicts it on close; nothing to restore.
        } finally {
            closeQuietly(connection);
        }
    }

    /** What {@code e}, thrown by JDBC at {@code where}, means to the caller. */
    RuntimeException failure(String where, SQLException e) {
        if (e instanceof SQLTransientConnectionException) { // HikariCP: no connection within connection-timeout
            Throwable cause = e.getCause();
            String why = cause instanceof SQLException lost && isUnavailable(lost)
                    ? "the database cannot be reached (SQLState " + lost.getSQLState() + ")"
                    : "no connection from pool '" + POOL_NAME + "' within " + settings.connectionTimeout().toMillis()
                            + "ms (" + DataSettings.CONNECTION_TIMEOUT + ")";
            return unavailable(why, e);
        }
        if (isUnavailable(e)) {
            return unavailable("the connection to the database failed (SQLState " + e.getSQLState() + ")", e);
        }
        return new DataAccessException(where + " failed (SQLState " + e.getSQLState() + "): "
                + JdbcUrls.redactText(e.getMessage(), settings.password()), e);
    }

    DataUnavailableException unavailable(String why, Throwable cause) {
        return new DataUnavailableException("The database is unavailable: " + why, cause);
    }

    /** The pool's figures for health and tests: {@code {active, idle, waiting, total}}, zeros before the first use. */
    int[] figures() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? new int[4] : new int[] {bean.getActiveConnections(), bean.getIdleConnections(),
                bean.getThreadsAwaitingConnection(), bean.getTotalConnections()};
    }

    /**
     * A connection within {@code timeoutMillis} rather than the pool's connection-timeout (the readiness check must
     * answer within its own bound); HikariPool's own method, through the pool's management bean.
     */
    Connection open(long timeoutMillis) throws SQLException {
        if (pool.getHikariPoolMXBean() instanceof HikariPool hikari) {
            return hikari.getConnection(timeoutMillis);
        }
        return pool.getConnection();
    }

    void close() {
        pool.close();
    }

    /** A failure's message, with the driver's reason when HikariCP wrapped it (the driver's is the useful one). */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? String.valueOf(error.getMessage()) : error.getMessage() + ": " + root.getMessage();
    }

    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException
                || state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing what failed already: the first failure is the one reported.
        }
    }
}
