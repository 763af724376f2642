package dev.kiln.processor.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.CommonTableExpression;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Row;
import org.jooq.Select;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.QOM;

/**
 * What a parsed query reads: the tables of its outer FROM (or the table a DML statement writes), by the name or alias
 * that qualifies their columns, each marked when it is the optional side of an outer join; every table it touches
 * (its {@code WITH} queries' tables are not tables of the schema); and, for each named parameter, the column or value
 * it is compared with or stored into (in {@code WITH} queries too).
 *
 * <p>jOOQ's open-source edition has no query-model traverser, so this walks the node types that matter (joins,
 * comparisons, {@code IN}, {@code BETWEEN}, {@code LIKE}, arithmetic, subqueries); a parameter met only elsewhere
 * (a function argument: {@code coalesce(:x, 0)}) keeps the kind jOOQ gave it, usually {@link SqlKind#UNKNOWN}, and
 * is then checked against nothing.
 */
final class QueryScope {
    /** A table in scope; {@code optional} when an outer join may give NULL for all its columns. */
    record Source(String table, boolean optional) {}

    /** A column reference resolved to its table: the qualifier used, the table and the column. */
    record Resolved(String qualifier, Source source, Schema.Column column) {
        String display() {
            return source.table() + "." + column.name();
        }
    }

    private final Schema schema;
    private final Map<String, Source> qualifiers = new LinkedHashMap<>();
    private final Set<String> tables = new TreeSet<>();
    private final Map<String, CheckedSql.Param> params = new LinkedHashMap<>();
    private int depth;

    private QueryScope(Schema schema) {
        this.schema = schema;
    }

    /**
     * The scope of {@code query}, whose parameters are {@code params} (by jOOQ's names, as its rendering binds them): one
     * the walk does not meet (a function argument) is {@link SqlKind#UNKNOWN}, as jOOQ's parser leaves it.
     */
    static QueryScope of(Query query, Schema schema, List<String> params) {
        QueryScope scope = new QueryScope(schema);
        scope.query(query);
        for (String param : params) {
            scope.params.putIfAbsent(param, new CheckedSql.Param(SqlKind.UNKNOWN, Optional.empty()));
        }
        return scope;
    }

    List<String> tables() {
        return List.copyOf(tables);
    }

    Map<String, CheckedSql.Param> params() {
        return params;
    }

    /** The tables of the outer scope, in FROM order. */
    List<Source> sources() {
        return List.copyOf(qualifiers.values());
    }

    /** The qualifiers (aliases or table names) of the outer scope, in FROM order. */
    List<String> qualifiers() {
        return List.copyOf(qualifiers.keySet());
    }

    /** Every column of the table {@code qualifier} stands for, in schema order; empty when it is not a known table. */
    List<Resolved> columnsOf(String qualifier) {
        String key = qualifier.toLowerCase(Locale.ROOT);
        Source source = qualifiers.get(key);
        if (source == null) {
            return List.of();
        }
        return schema.table(source.table()).map(t -> t.columns().stream()
                .map(c -> new Resolved(key, source, c)).toList()).orElse(List.of());
    }

    /** The table a qualifier (alias or table name) of the outer scope stands for. */
    Optional<Source> source(String qualifier) {
        return Optional.ofNullable(qualifiers.get(qualifier.toLowerCase(Locale.ROOT)));
    }

    /** The first table of the outer scope with a column of that name (a column of {@code SELECT *}). */
    Optional<Resolved> resolveName(String name) {
        for (Map.Entry<String, Source> e : qualifiers.entrySet()) {
            Optional<Schema.Column> column = schema.table(e.getValue().table()).flatMap(t -> t.column(name));
            if (column.isPresent()) {
                return Optional.of(new Resolved(e.getKey(), e.getValue(), column.get()));
            }
        }
        return Optional.empty();
    }

    /** The column {@code field} reads, when it is a column reference. */
    Optional<Resolved> resolve(Field<?> field) {
        if (!(field instanceof TableField<?, ?>)) {
            return Optional.empty();
        }
        String[] parts = field.getQualifiedName().getName();
        String name = parts[parts.length - 1];
        if (parts.length >= 2) {
            String qualifier = parts[parts.length - 2];
            Source source = qualifiers.get(qualifier.toLowerCase(Locale.ROOT));
            if (source == null) {
                source = new Source(qualifier, false); // RETURNING and correlated names qualify by table
            }
            Source found = source;
            return schema.table(found.table()).flatMap(t -> t.column(name))
                    .map(c -> new Resolved(qualifier, found, c));
        }
        return resolveName(name);
    }

    private void query(Object query) {
        switch (query) {
            case Select<?> select -> select(select);
            case QOM.InsertReturning<?> returning -> query(returning.$insert());
            case QOM.Insert<?> insert -> {
                table(insert.$into(), false);
                List<? extends Field<?>> columns = insert.$columns();
                if (insert.$select() != null) { // INSERT … SELECT: each selected value is stored into its column
                    List<? extends SelectFieldOrAsterisk> selected = insert.$select().$select();
                    for (int i = 0; i < selected.size() && i < columns.size(); i++) {
                        if (selected.get(i) instanceof Field<?> value) {
                            infer(columns.get(i), value);
                        }
                    }
                    nested(insert.$select());
                } else {
                    for (Row row : insert.$values()) {
                        for (int i = 0; i < row.size() && i < columns.size(); i++) {
                            infer(columns.get(i), row.field(i));
                            visit(row.field(i));
                        }
                    }
                }
            }
            case QOM.Update<?> update -> {
                table(update.$table(), false);
                update.$from().forEach(t -> table(t, false));
                update.$set().forEach((target, value) -> {
                    if (target instanceof Field<?> column && value instanceof Field<?> v) {
                        infer(column, v);
                    }
                    visit(value);
                });
                visit(update.$where());
            }
            case QOM.Delete<?> delete -> {
                table(delete.$from(), false);
                delete.$using().forEach(t -> table(t, false));
                visit(delete.$where());
            }
            default -> { }
        }
    }

    private void select(Select<?> select) {
        if (select.$with() != null) {
            for (CommonTableExpression<?> common : select.$with().$commonTableExpressions()) {
                if (common.$query() instanceof Select<?> body) {
                    nested(body);
                }
            }
        }
        select.$from().forEach(t -> table(t, false));
        depth++;
        select.$select().forEach(this::visit);
        visit(select.$where());
        visit(select.$having());
        depth--;
        limit(select.$limit());
        limit(select.$offset());
    }

    private void nested(Select<?> select) {
        depth++;
        select(select);
        depth--;
    }

    // LIMIT :n and OFFSET :n take a number.
    private void limit(Field<?> field) {
        if (field instanceof Param<?> p && !p.isInline()) {
            params.put(p.getParamName(), new CheckedSql.Param(SqlKind.BIGINT, Optional.of("LIMIT / OFFSET")));
        }
    }

    private void table(Table<?> table, boolean optional) {
        switch (table) {
            case QOM.JoinTable<?, ?> join -> {
                boolean leftOptional = optional || join instanceof QOM.RightJoin || join instanceof QOM.FullJoin;
                boolean rightOptional = optional || join instanceof QOM.LeftJoin || join instanceof QOM.FullJoin;
                table(join.$table1(), leftOptional);
                table(join.$table2(), rightOptional);
                if (join instanceof QOM.QualifiedJoin<?, ?> qualified) {
                    depth++;
                    visit(qualified.$on());
                    depth--;
                }
            }
            case QOM.TableAlias<?> alias -> {
                Table<?> aliased = alias.$table();
                if (aliased instanceof QOM.DerivedTable<?> derived) {
                    nested(derived.$arg1());
                    register(alias.$alias().last(), alias.$alias().last(), optional);
                } else {
                    register(alias.$alias().last(), aliased.getName(), optional);
                }
            }
            default -> register(table.getName(), table.getName(), optional);
        }
    }

    private void register(String qualifier, String table, boolean optional) {
        Optional<Schema.TableInfo> known = schema.table(table);
        String name = known.map(Schema.TableInfo::name).orElse(table);
        if (known.isPresent() && !known.get().common()) {
            tables.add(name);
        }
        if (depth == 0) {
            qualifiers.putIfAbsent(qualifier.toLowerCase(Locale.ROOT), new Source(name, optional));
        }
    }

    private void visit(Object part) {
        switch (part) {
            case null -> { }
            case Select<?> select -> nested(select);
            case QOM.CompareCondition<?, ?> compare -> pair(compare.$arg1(), compare.$arg2());
            case QOM.Between<?> between -> {
                pair(between.$arg1(), between.$arg2());
                pair(between.$arg1(), between.$arg3());
            }
            case QOM.InList<?> in -> in.$list().forEach(item -> pair(in.$arg1(), item));
            case QOM.NotInList<?> in -> in.$list().forEach(item -> pair(in.$arg1(), item));
            case QOM.In<?> in -> {
                visit(in.$arg1());
                nested(in.$arg2());
            }
            case QOM.NotIn<?> in -> {
                visit(in.$arg1());
                nested(in.$arg2());
            }
            case QOM.Like like -> pair(like.$value(), like.$pattern());
            case QOM.LikeIgnoreCase like -> pair(like.$value(), like.$pattern());
            case QOM.NotLike like -> pair(like.$value(), like.$pattern());
            case QOM.NotLikeIgnoreCase like -> pair(like.$value(), like.$pattern());
            case QOM.And and -> {
                visit(and.$arg1());
                visit(and.$arg2());
            }
            case QOM.Or or -> {
                visit(or.$arg1());
                visit(or.$arg2());
            }
            case QOM.Not not -> visit(not.$arg1());
            case QOM.Add<?> add -> pair(add.$arg1(), add.$arg2());
            case QOM.Sub<?> sub -> pair(sub.$arg1(), sub.$arg2());
            case QOM.Mul<?> mul -> pair(mul.$arg1(), mul.$arg2());
            case QOM.Div<?> div -> pair(div.$arg1(), div.$arg2());
            case QOM.FieldAlias<?> alias -> visit(alias.$field());
            case QOM.ScalarSubquery<?> subquery -> nested(subquery.$arg1());
            case QOM.Exists exists -> visit(exists.$arg1());
            default -> { }
        }
    }

    private void pair(Field<?> a, Field<?> b) {
        infer(a, b);
        visit(a);
        visit(b);
    }

    private void infer(Field<?> a, Field<?> b) {
        note(a, b);
        note(b, a);
    }

    private void note(Field<?> param, Field<?> other) {
        if (!(param instanceof Param<?> p) || p.isInline() || other instanceof Param<?>) {
            return;
        }
        SqlKind kind = SqlKind.of(other.getDataType());
        CheckedSql.Param known = params.get(p.getParamName());
        if (kind == SqlKind.UNKNOWN || known != null && known.kind() != SqlKind.UNKNOWN) {
            return;
        }
        Optional<String> against = resolve(other).map(Resolved::display)
                .or(() -> Optional.of("a " + kind.sqlName() + " value"));
        params.put(p.getParamName(), new CheckedSql.Param(kind, against));
    }
}
