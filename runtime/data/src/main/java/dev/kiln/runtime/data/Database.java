package dev.kiln.runtime.data;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.telemetry.Telemetry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jooq.DSLContext;

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
 *
 * <p>Each call prepares its statement anew: caching prepared statements is the driver's job, per connection
 * (PostgreSQL's JDBC driver switches a statement to a server-side prepared one after {@code prepareThreshold} uses,
 * default 5, and keeps up to 256 per connection; H2 caches parsed statements per session).
 *
 * <p>With telemetry ({@link #Database(DataSettings, Telemetry)}), each statement is a CLIENT span named
 * {@code SELECT orders} (from the {@link Sql}) carrying the SQL with its placeholders, each transaction an INTERNAL
 * span {@code transaction} around its statements, and the pool reports its
 * connections through {@link PoolMetrics}; see docs/observability.md.
 */
public final class Database implements Lifecycle {
    /** Rows fetched at a time by {@link #stream} where the driver honours it (PostgreSQL: inside a transaction). */
    static final int STREAM_FETCH_SIZE = 256;

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final DataSettings settings;
    private final SqlDialect dialect;
    private final Connections connections;
    private final Transactions transactions;
    private final DSLContext dsl;
    /** Null without telemetry: statements then run as they are. */
    private final DataTelemetry telemetry;

    /** The default database: an in-memory H2 in PostgreSQL mode of its own, dropped by {@link #stop()}. */
    public Database() {
        this(DataSettings.from(KilnConfig.of(Map.of())));
    }

    /**
     * A database over {@code settings}; nothing connects until {@link #start()}.
     *
     * <pre>{@code
     * Database database = new Database(DataSettings.from(config));
     * database.start();   // connects, migrates
     * }</pre>
     */
    public Database(DataSettings settings) {
        this(settings, Telemetry.noop());
    }

    /**
     * A database over {@code settings} whose statements and pool are traced and measured through {@code telemetry}
     * (nothing is made when it is {@link Telemetry#noop()}).
     *
     * <pre>{@code
     * Database database = new Database(DataSettings.from(config), Telemetry.of(openTelemetrySdk));
     * }</pre>
     */
    public Database(DataSettings settings, Telemetry telemetry) {
        this.settings = settings;
        this.dialect = settings.dialect();
        this.connections = new Connections(settings);
        this.telemetry = telemetry.enabled() ? new DataTelemetry(telemetry, settings) : null;
        this.transactions = new Transactions(connections, this.telemetry);
        this.dsl = JooqSupport.dsl(connections, transactions, dialect);
        if (telemetry.enabled()) {
            // Before the pool starts (Database.start()): HikariCP takes its tracker factory only then.
            connections.pool().setMetricsTrackerFactory(new PoolMetrics(telemetry.meter()));
        }
    }

    /** The database {@code kiln.datasource.*} in {@code config} describes. */
    public static Database create(KilnConfig config) {
        return new Database(DataSettings.from(config));
    }

    /** As {@link #create(KilnConfig)}, traced and measured through {@code telemetry}. */
    public static Database create(KilnConfig config, Telemetry telemetry) {
        return new Database(DataSettings.from(config), telemetry);
    }

    /**
     * Fills the pool's first connection, failing with an {@link IllegalStateException} naming the URL (without its
     * password) when the database cannot be reached, then applies the migrations when {@code kiln.datasource.migrate} —
     * refusing to when a migration differs from the one the queries were checked against at compile time.
     */
    @Override
    public void start() {
        try (Connection connection = connections.pool().getConnection()) {
            LOG.log(System.Logger.Level.DEBUG, () -> "Connected to " + settings.safeUrl());
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("The database at " + settings.safeUrl() + " (" + DataSettings.URL
                    + ") cannot be reached: " + JdbcUrls.redactText(Connections.describe(e), settings.password()), e);
        }
        if (settings.migrate()) {
            List<String> drift = CheckedMigrations.drift(classLoader());
            if (drift.isEmpty()) {
                drift = CheckedMigrations.added(classLoader(), Migrations.scripts(settings, classLoader()));
            }
            if (!drift.isEmpty()) {
                throw new IllegalStateException("The @Query SQL of this application was checked at compile time"
                        + " against other migrations than it would apply now: " + String.join("; ", drift)
                        + ". Rebuild with `mvn clean compile` (maven-compiler-plugin does not recompile when only a"
                        + " migration changed) so that Kiln checks the queries against them again.");
            }
            Migrations.apply(settings);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Database.class.getClassLoader();
    }

    /** Closes the pool (and drops the default in-memory database, which would otherwise live as long as the JVM). */
    @Override
    public void stop() {
        if (settings.ownsInMemoryDatabase() && connections.pool().getHikariPoolMXBean() != null
                && !connections.pool().isClosed()) {
            try (Connection connection = connections.pool().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // Gone already: nothing to free.
            }
        }
        connections.close();
    }

    /** The dialect of {@code kiln.datasource.url}. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The pool. */
    public DataSource dataSource() {
        return connections.pool();
    }

    /** The transactions over this database. */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * jOOQ for dynamic queries, in {@link #dialect()}'s jOOQ dialect, joined to the calling thread's transaction
     * when there is one (else each query takes a pooled connection and returns it).
     *
     * <pre>{@code
     * List<String> names = database.dsl().select(field("customer", String.class)).from(table("orders"))
     *         .where(conditions).fetch(Record1::value1);
     * }</pre>
     */
    public DSLContext dsl() {
        return dsl;
    }

    Connections connections() {
        return connections;
    }

    /** The settings this database was made from ({@code toString()} never shows the password). */
    public DataSettings settings() {
        return settings;
    }

    /** At most one row: empty when none (or when the one row maps to null), {@link ResultCountException} when more. */
    public <R> Optional<R> optional(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        return run(where, sql, binder, (Optional<R> found) -> found.isPresent() ? 1 : 0, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                R row = mapper.map(rows);
                if (rows.next()) {
                    throw new ResultCountException(where, 0, 2);
                }
                return Optional.ofNullable(row);
            }
        });
    }

    /** Exactly one row, else {@link ResultCountException}. */
    public <R> R one(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        return run(where, sql, binder, (R found) -> 1, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new ResultCountException(where, 1, 0);
                }
                R row = mapper.map(rows);
                if (rows.next()) {
                    throw new ResultCountException(where, 1, 2);
                }
                return row;
            }
        });
    }

    /** Every row. */
    public <R> List<R> list(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        return run(where, sql, binder, List::size, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<R> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /**
     * The rows, read as the stream is consumed; the connection is held until the stream is closed. Close it
     * (try-with-resources): an unclosed stream outside a transaction keeps a pooled connection until the pool's
     * {@code leak-detection-threshold} reports it, and the pool is smaller by one meanwhile. On PostgreSQL rows are
     * fetched {@value #STREAM_FETCH_SIZE} at a time inside a transaction; outside one the driver reads them all first.
     *
     * <pre>{@code
     * try (Stream<OrderRow> orders = repository.all()) { orders.forEach(exporter::write); }
     * }</pre>
     */
    public <R> Stream<R> stream(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        if (telemetry != null && sql.traced()) {
            // The span covers running the query; the rows are read later, as the caller consumes them.
            return telemetry.run(where, sql, () -> open(where, sql, binder, mapper), null);
        }
        return open(where, sql, binder, mapper);
    }

    private <R> Stream<R> open(String where, Sql sql, Binder binder, RowMapper<R> mapper) {
        Connection inTransaction = transactions.connection();
        Connection connection = inTransaction != null ? inTransaction : connections.open();
        PreparedStatement statement = null;
        ResultSet rows = null;
        try {
            statement = connection.prepareStatement(sql.text(dialect));
            statement.setFetchSize(STREAM_FETCH_SIZE);
            binder.bind(statement);
            rows = statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            Connections.closeQuietly(rows);
            Connections.closeQuietly(statement);
            if (inTransaction == null) {
                Connections.closeQuietly(connection);
            }
            throw e instanceof SQLException failure ? connections.failure(where, failure) : (RuntimeException) e;
        }
        ResultSet opened = rows;
        PreparedStatement prepared = statement;
        return StreamSupport.stream(new RowSpliterator<>(where, opened, mapper, connections), false).onClose(() -> {
            Connections.closeQuietly(opened);
            Connections.closeQuietly(prepared);
            if (inTransaction == null) {
                Connections.closeQuietly(connection);
            }
        });
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns the update count. */
    public long update(String where, Sql sql, Binder binder) {
        return run(where, sql, binder, null, PreparedStatement::executeUpdate);
    }

    /** What runs on the prepared, bound statement. */
    private interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** {@code rows}: how many rows a result holds (for the span), null for an update count. */
    private <T> T run(String where, Sql sql, Binder binder, ToLongFunction<T> rows, Work<T> work) {
        if (telemetry != null && sql.traced()) {
            return telemetry.run(where, sql, () -> execute(where, sql, binder, work), rows);
        }
        return execute(where, sql, binder, work);
    }

    private <T> T execute(String where, Sql sql, Binder binder, Work<T> work) {
        Connection inTransaction = transactions.connection();
        Connection connection = inTransaction != null ? inTransaction : connections.open();
        try (PreparedStatement statement = connection.prepareStatement(sql.text(dialect))) {
            binder.bind(statement);
            return work.run(statement);
        } catch (SQLException e) {
            throw connections.failure(where, e);
        } finally {
            if (inTransaction == null) {
                // HikariCP resets whatever a binder or mapper changed (auto-commit, read-only, schema) on close.
                Connections.closeQuietly(connection);
            }
        }
    }
}
