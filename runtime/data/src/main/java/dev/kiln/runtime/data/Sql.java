package dev.kiln.runtime.data;

import java.util.Objects;

/**
 * One checked query as the processor wrote it: the SQL rendered for each dialect, with {@code ?} placeholders in
 * the order of the generated binder's parameters, and what its span is named by (database conventions:
 * {@code db.operation.name} and {@code db.collection.name}, e.g. {@code SELECT orders}), which the processor read from
 * the parsed query.
 *
 * <pre>{@code
 * static final Sql FIND = new Sql("SELECT id, total FROM orders WHERE id = ?", "SELECT id, total FROM orders WHERE id = ?",
 *         "SELECT", "orders");
 * }</pre>
 */
public final class Sql {
    private final String postgres;
    private final String h2;
    private final String operation;
    private final String collection;
    private final boolean traced;
    private final String summary;

    /**
     * A query named by {@code operation} ({@code SELECT}, {@code INSERT}, …) and {@code collection}, the table it
     * reads or writes first (either may be null: the span is then named by what is known, else by the database).
     */
    public Sql(String postgres, String h2, String operation, String collection) {
        this(postgres, h2, operation, collection, true);
    }

    /** A query without a name for its span (named after the database): hand-written SQL, tests. */
    public Sql(String postgres, String h2) {
        this(postgres, h2, null, null, true);
    }

    private Sql(String postgres, String h2, String operation, String collection, boolean traced) {
        this.postgres = Objects.requireNonNull(postgres, "postgres");
        this.h2 = Objects.requireNonNull(h2, "h2");
        this.operation = operation;
        this.collection = collection;
        this.traced = traced;
        this.summary = operation == null ? collection : collection == null ? operation : operation + " " + collection;
    }

    /**
     * A statement of Kiln's own bookkeeping that makes no span (the outbox relay's look every interval would start a
     * trace each time), nor a measurement.
     */
    public static Sql untraced(String postgres, String h2, String operation, String collection) {
        return new Sql(postgres, h2, operation, collection, false);
    }

    /** The SQL for PostgreSQL. */
    public String postgres() {
        return postgres;
    }

    /** The same query for H2 (PostgreSQL mode). */
    public String h2() {
        return h2;
    }

    /** The SQL for {@code dialect}. */
    public String text(SqlDialect dialect) {
        return dialect == SqlDialect.H2 ? h2 : postgres;
    }

    /** {@code SELECT}, {@code INSERT}, {@code UPDATE}, {@code DELETE}; null when not known. */
    public String operation() {
        return operation;
    }

    /** The table the query reads or writes first; null when not known. */
    public String collection() {
        return collection;
    }

    /** {@code SELECT orders}: operation and collection, either alone, or null when neither is known. */
    public String summary() {
        return summary;
    }

    /** Whether running it makes a span (false only for {@link #untraced}). */
    public boolean traced() {
        return traced;
    }

    @Override
    public String toString() {
        return postgres;
    }
}
