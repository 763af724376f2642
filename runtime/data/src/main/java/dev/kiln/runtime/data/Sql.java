package dev.kiln.runtime.data;

import java.util.Objects;

/**
 * One checked query as the processor wrote it: the SQL rendered for each dialect, with {@code ?} placeholders in
 * the order of the generated binder's parameters.
 *
 * @param postgres the SQL for PostgreSQL
 * @param h2       the same query for H2 (PostgreSQL mode)
 */
public record Sql(String postgres, String h2) {
    public Sql {
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(h2, "h2");
    }

    /** The SQL for {@code dialect}. */
    public String text(SqlDialect dialect) {
        return dialect == SqlDialect.H2 ? h2 : postgres;
    }
}
