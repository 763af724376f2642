package dev.kiln.processor.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What checking one {@code @Query} against the schema gave: the problem, or the query as the generated code needs it.
 */
public sealed interface CheckedSql {

    /**
     * A query that parsed and whose names all resolve.
     *
     * @param returnsRows a SELECT, or DML with RETURNING
     * @param postgres    the SQL for PostgreSQL, {@code ?} for each parameter
     * @param h2          the same for H2
     * @param binds       the parameter name of each {@code ?}, in order (a name used twice is bound twice)
     * @param params      each parameter's kind, by name in order of first use: the kind of the column or value it is
     *                    compared with or stored into, {@link SqlKind#UNKNOWN} where jOOQ cannot tell
     * @param columns     the result's columns, in order (empty when it returns no rows)
     * @param tables      the tables and views it reads or writes, by name
     */
    record Ok(boolean returnsRows, String postgres, String h2, List<String> binds, Map<String, Param> params,
              List<Column> columns, List<String> tables) implements CheckedSql {}

    /**
     * A named parameter.
     *
     * @param kind    what it is compared with or stored into
     * @param against that column or value, for messages ({@code orders.total}); empty when unknown
     */
    record Param(SqlKind kind, Optional<String> against) {}

    /**
     * A result column.
     *
     * @param name     its name in the result ({@code created_at}, or the alias)
     * @param kind     its kind
     * @param source   the column it reads ({@code orders.created_at}), empty for an expression
     * @param nullable why it may be NULL ({@code "orders.note is nullable"}, {@code "lines is the optional side of a
     *                 LEFT JOIN"}); empty when it cannot be, or when jOOQ cannot tell (an expression)
     */
    record Column(String name, SqlKind kind, Optional<String> source, Optional<String> nullable) {
        /** Whether it reads a column as it is (checked strictly), rather than computing a value. */
        public boolean plain() {
            return source.isPresent();
        }
    }

    /**
     * A problem, at {@code line}:{@code column} of the SQL (1-based; 0 when unknown).
     *
     * @param tag     the error's tag, without brackets: {@code KilnUnknownColumn}
     * @param message what is wrong and what to write instead
     */
    record Problem(String tag, String message, int line, int column) implements CheckedSql {
        /** {@code " at 1:12"}, or nothing when the position is unknown. */
        public String at() {
            return line > 0 ? " at " + line + ":" + column : "";
        }
    }
}
