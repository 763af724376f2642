package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Asterisk;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.QualifiedAsterisk;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.impl.QOM;

/**
 * The columns a query gives, each with the table column it reads (its kind and nullability from the schema, NULL on
 * the optional side of an outer join) or, for an expression, jOOQ's type of it. {@code *} and {@code alias.*} stand
 * for their tables' columns in schema order, as PostgreSQL expands them, each read from its own table.
 *
 * <pre>{@code
 * List<ResultColumns.Column> columns = ResultColumns.of(query, QueryScope.of(query, schema, binds));
 * }</pre>
 */
final class ResultColumns {
    /** A result column as checked, and jOOQ's type of it (what a {@code WITH} query's table is made of). */
    record Column(CheckedSql.Column checked, DataType<?> type, boolean computed) {}

    private ResultColumns() {}

    static List<Column> of(ResultQuery<?> query, QueryScope scope) {
        List<? extends SelectFieldOrAsterisk> selected = switch (query) {
            case Select<?> select -> select.$select();
            case QOM.InsertReturning<?> returning -> returning.$returning();
            default -> List.of();
        };
        // Without an asterisk the select list is the result (query.fields() would resolve it again, at a cost like a
        // rendering's).
        boolean plain = !selected.isEmpty() && selected.stream().allMatch(Field.class::isInstance);
        Field<?>[] fields = plain ? selected.toArray(Field<?>[]::new) : query.fields();
        List<Optional<QueryScope.Resolved>> read = plain ? null : expanded(selected, scope, fields.length);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            Optional<QueryScope.Resolved> column = plain ? scope.resolve(unalias(fields[i]))
                    : read != null ? read.get(i) : scope.resolveName(fields[i].getName());
            columns.add(column(fields[i].getName(), fields[i], column));
        }
        return columns;
    }

    private static Column column(String name, Field<?> field, Optional<QueryScope.Resolved> column) {
        if (column.isEmpty()) {
            return new Column(new CheckedSql.Column(name, SqlKind.of(field.getDataType()), Optional.empty(),
                    Optional.empty()), field.getDataType(), true);
        }
        QueryScope.Resolved c = column.get();
        Optional<String> outer = c.source().optional()
                ? Optional.of(c.qualifier() + " is the optional side of an outer join") : Optional.empty();
        if (c.column().computed()) { // an expression of a WITH query: as the expression, but NULL on an outer side
            return new Column(new CheckedSql.Column(name, SqlKind.of(c.column().type()), Optional.empty(), outer),
                    c.column().type(), true);
        }
        Optional<String> nullable = outer.or(() -> c.column().nullable()
                ? Optional.of(c.display() + " is nullable") : Optional.empty());
        return new Column(new CheckedSql.Column(name, SqlKind.of(c.column().type()), Optional.of(c.display()),
                nullable), c.column().type(), false);
    }

    /**
     * The column each result position reads, with {@code *} as every column of the FROM tables in order and
     * {@code t.*} as every column of {@code t}; null when that does not give {@code count} columns (a join
     * {@code USING}, a subquery in FROM), and the columns are then found by name.
     */
    private static List<Optional<QueryScope.Resolved>> expanded(List<? extends SelectFieldOrAsterisk> selected,
                                                              QueryScope scope, int count) {
        List<Optional<QueryScope.Resolved>> read = new ArrayList<>();
        for (SelectFieldOrAsterisk item : selected) {
            switch (item) {
                case Asterisk ignored -> {
                    for (String qualifier : scope.qualifiers()) {
                        if (!addColumns(read, scope, qualifier)) {
                            return null;
                        }
                    }
                }
                case QualifiedAsterisk qualified -> {
                    if (!addColumns(read, scope, qualified.$table().getName())) {
                        return null;
                    }
                }
                case Field<?> field -> read.add(scope.resolve(unalias(field)));
                default -> {
                    return null;
                }
            }
        }
        return read.size() == count ? read : null;
    }

    private static boolean addColumns(List<Optional<QueryScope.Resolved>> read, QueryScope scope, String qualifier) {
        List<QueryScope.Resolved> columns = scope.columnsOf(qualifier);
        columns.forEach(c -> read.add(Optional.of(c)));
        return !columns.isEmpty();
    }

    private static Field<?> unalias(Field<?> field) {
        return field instanceof QOM.FieldAlias<?> alias ? alias.$field() : field;
    }
}
