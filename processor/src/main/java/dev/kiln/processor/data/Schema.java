package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Queries;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;

/**
 * The schema the migrations build, from jOOQ's DDL interpreter ({@code Meta.apply}: pure Java, no database), with the
 * tables and columns queries are checked against.
 *
 * <p>Each statement is parsed and interpreted on its own, so that one jOOQ cannot read (a PL/pgSQL function, a
 * {@code GRANT}) is a {@link Warning} naming its file and line, and the rest of the schema is still built. Primary-key
 * columns are NOT NULL, as in PostgreSQL, even where the interpreter leaves them nullable.
 *
 * <pre>{@code
 * Schema schema = Schema.interpret(found.migrations());
 * schema.warnings().forEach(w -> messager.printMessage(WARNING, w.file() + ":" + w.line() + ": " + w.message()));
 * schema.table("orders").flatMap(t -> t.column("customer"));
 * }</pre>
 */
public final class Schema {
    /** A statement the interpreter could not use. */
    public record Warning(String file, int line, String message) {}

    /**
     * A column: its name as declared, jOOQ's type, and whether it may hold NULL; {@code computed} for a column of a
     * {@code WITH} query that an expression gives ({@code count(*) AS n}), whose type is only its family and whose
     * nullability is unknown, as for the expression itself.
     */
    public record Column(String name, DataType<?> type, boolean nullable, boolean computed) {}

    /** A table or view and its columns, in declared order; {@code common} for a {@code WITH} query's table. */
    public record TableInfo(String name, List<Column> columns, boolean common) {
        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    private final Meta meta;
    private final Map<String, TableInfo> tables;
    private final List<Warning> warnings;

    private Schema(Meta meta, Map<String, TableInfo> tables, List<Warning> warnings) {
        this.meta = meta;
        this.tables = tables;
        this.warnings = List.copyOf(warnings);
    }

    /** Interprets {@code migrations} in order. */
    public static Schema interpret(List<Migrations.Migration> migrations) {
        DSLContext parser = Jooq.parser();
        List<Warning> warnings = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Migrations.Migration migration : migrations) {
            for (SqlScript.Statement statement : SqlScript.split(migration.text())) {
                try {
                    parsed.add(new Parsed(migration.file(), statement.line(), parser.parser().parse(statement.sql())));
                } catch (ParserException e) {
                    warnings.add(new Warning(migration.file(), statement.firstLine() + Math.max(e.line(), 1) - 1,
                            "jOOQ cannot parse this statement (" + reason(e) + "); queries are checked without it"));
                }
            }
        }
        Meta meta;
        try {
            // All at once is several times faster than statement by statement, which is only needed to find a culprit.
            meta = parser.meta(parsed.stream().flatMap(p -> p.queries().queryStream()).toArray(Query[]::new));
            meta.getTables();
        } catch (DataAccessException e) {
            meta = parser.meta(new Query[0]);
            for (Parsed p : parsed) {
                try {
                    meta = meta.apply(p.queries());
                } catch (DataAccessException failed) {
                    warnings.add(new Warning(p.file(), p.line(), "jOOQ cannot interpret this statement ("
                            + reason(failed) + "); queries are checked without it"));
                }
            }
        }
        warnings.sort(java.util.Comparator.comparing((Warning w) -> migrations.stream().map(Migrations.Migration::file)
                .toList().indexOf(w.file())).thenComparingInt(Warning::line));
        return new Schema(meta, index(meta), warnings);
    }

    private record Parsed(String file, int line, Queries queries) {}

    private static Map<String, TableInfo> index(Meta meta) {
        Map<String, TableInfo> tables = new LinkedHashMap<>();
        for (Table<?> table : meta.getTables()) {
            Set<String> keyColumns = new HashSet<>();
            UniqueKey<?> primaryKey = table.getPrimaryKey();
            if (primaryKey != null) {
                primaryKey.getFields().forEach(f -> keyColumns.add(f.getName()));
            }
            List<Column> columns = new ArrayList<>();
            for (Field<?> field : table.fields()) {
                boolean nullable = field.getDataType().nullable() && !keyColumns.contains(field.getName());
                columns.add(new Column(field.getName(), field.getDataType(), nullable, false));
            }
            tables.putIfAbsent(table.getName().toLowerCase(Locale.ROOT),
                    new TableInfo(table.getName(), List.copyOf(columns), false));
        }
        return tables;
    }

    // jOOQ's message without the statement it repeats after "Query:" or the SQL after the position marker.
    private static String reason(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(": [");
        if (e instanceof ParserException && cut > 0) {
            message = message.substring(0, cut);
        }
        int query = message.indexOf(". Query:");
        return (query > 0 ? message.substring(0, query) : message).strip();
    }

    /**
     * This schema with a {@code WITH} query's result as a table of its own (for one query: what jOOQ's parser resolves
     * the query's references to it in).
     *
     * @throws DataAccessException when jOOQ's interpreter cannot create such a table (two columns of one name)
     */
    Schema withCommonTable(String name, List<Column> columns) {
        Meta extended = meta.apply(DSL.createTable(DSL.name(name)).columns(columns.stream()
                .map(c -> DSL.field(DSL.name(c.name()), c.type().nullable(c.nullable())))
                .toArray(Field<?>[]::new)));
        Map<String, TableInfo> more = new LinkedHashMap<>(tables);
        more.put(name.toLowerCase(Locale.ROOT), new TableInfo(name, List.copyOf(columns), true));
        return new Schema(extended, more, warnings);
    }

    /** The interpreted schema, for jOOQ's parser to resolve names in. */
    public Meta meta() {
        return meta;
    }

    /** The table or view of that name (case-insensitive, as PostgreSQL folds unquoted names). */
    public Optional<TableInfo> table(String name) {
        return Optional.ofNullable(tables.get(name.toLowerCase(Locale.ROOT)));
    }

    public Collection<TableInfo> tables() {
        return tables.values();
    }

    /** The statements that were left out, in file order. */
    public List<Warning> warnings() {
        return warnings;
    }
}
