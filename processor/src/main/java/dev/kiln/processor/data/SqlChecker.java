package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.impl.ParserException;
import org.jooq.impl.QOM;

/**
 * Checks one {@code @Query} against the migrations' schema with jOOQ: parsed as PostgreSQL with every table and column
 * looked up in the schema ({@code ParseWithMetaLookups.THROW_ON_FAILURE}), then read for what the generated code needs
 * (result columns with their kinds and nullability, parameters with the kinds they are compared with) and rendered for
 * PostgreSQL and H2 with {@code ?} placeholders.
 *
 * <pre>{@code
 * CheckedSql checked = new SqlChecker(schema).check("SELECT id, customer FROM orders WHERE id = :id");
 * if (checked instanceof CheckedSql.Problem p) { ... p.tag() ... p.message() ... p.line() ... }
 * }</pre>
 */
public final class SqlChecker {
    private final Schema schema;
    private final DSLContext resolving;
    private final DSLContext plain;
    private final DSLContext postgres;
    private final DSLContext h2;

    public SqlChecker(Schema schema) {
        this.schema = schema;
        this.resolving = Jooq.parser(schema.meta());
        this.plain = Jooq.parser();
        this.postgres = Jooq.renderer(SQLDialect.POSTGRES);
        this.h2 = Jooq.renderer(SQLDialect.H2);
    }

    public CheckedSql check(String sql) {
        Query query;
        try {
            query = resolving.parser().parseQuery(sql);
        } catch (ParserException e) {
            return problem(sql, e);
        }
        // The parameters as the rendering binds them (Query.getParams() would walk the query once more): jOOQ names a
        // positional one by its index.
        Rendered forPostgres = render(postgres, query);
        for (String param : forPostgres.binds()) {
            if (param.chars().allMatch(Character::isDigit)) {
                return new CheckedSql.Problem("KilnSqlSyntax", "the query has a positional parameter (?): name each"
                        + " parameter after its method parameter, e.g. WHERE id = :id", 0, 0);
            }
        }
        QueryScope scope = QueryScope.of(query, schema, forPostgres.binds());
        Rendered forH2 = render(h2, query);
        if (!forH2.binds().equals(forPostgres.binds())) {
            forH2 = forPostgres; // jOOQ emulated the statement with parameters of its own: H2 gets the PostgreSQL text
        }
        boolean rows = query instanceof ResultQuery<?>;
        Map<String, String> written = writtenParamNames(sql);
        Map<String, CheckedSql.Param> params = new LinkedHashMap<>();
        scope.params().forEach((name, param) -> params.put(written.getOrDefault(name, name), param));
        return new CheckedSql.Ok(rows, forPostgres.sql(), forH2.sql(),
                forPostgres.binds().stream().map(name -> written.getOrDefault(name, name)).toList(), params,
                rows ? columns((ResultQuery<?>) query, scope) : List.of(), scope.tables());
    }

    /** {@code :name} after a {@code ::} cast is not a parameter; a name starts with a letter or underscore. */
    private static final Pattern NAMED_PARAM =
            Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * The parameter names as written ({@code :orderId}), by the name jOOQ's parser gives them: it folds unquoted
     * identifiers to lower case as PostgreSQL does, parameters included, but they name Java parameters.
     */
    private static Map<String, String> writtenParamNames(String sql) {
        Map<String, String> names = new HashMap<>();
        Matcher matcher = NAMED_PARAM.matcher(sql);
        while (matcher.find()) {
            names.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(1));
        }
        return names;
    }

    private static List<CheckedSql.Column> columns(ResultQuery<?> query, QueryScope scope) {
        List<? extends SelectFieldOrAsterisk> selected = switch (query) {
            case Select<?> select -> select.$select();
            case QOM.InsertReturning<?> returning -> returning.$returning();
            default -> List.of();
        };
        // With * the select list and the result differ: columns are then found by name in the FROM tables. Without,
        // the select list is the result (query.fields() would resolve it again, at a cost like a rendering's).
        boolean aligned = !selected.isEmpty() && selected.stream().allMatch(Field.class::isInstance);
        Field<?>[] fields = aligned ? selected.toArray(Field<?>[]::new) : query.fields();
        List<CheckedSql.Column> columns = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            Field<?> expression = aligned ? unalias((Field<?>) selected.get(i)) : fields[i];
            Optional<QueryScope.Resolved> column = aligned ? scope.resolve(expression)
                    : scope.resolveName(fields[i].getName());
            String name = fields[i].getName();
            if (column.isPresent()) {
                QueryScope.Resolved c = column.get();
                Optional<String> nullable = c.source().optional()
                        ? Optional.of(c.qualifier() + " is the optional side of an outer join")
                        : c.column().nullable() ? Optional.of(c.display() + " is nullable") : Optional.empty();
                columns.add(new CheckedSql.Column(name, SqlKind.of(c.column().type()), Optional.of(c.display()),
                        nullable));
            } else {
                columns.add(new CheckedSql.Column(name, SqlKind.of(fields[i].getDataType()), Optional.empty(),
                        Optional.empty()));
            }
        }
        return columns;
    }

    private static Field<?> unalias(Field<?> field) {
        return field instanceof QOM.FieldAlias<?> alias ? alias.$field() : field;
    }

    private record Rendered(String sql, List<String> binds) {}

    /** Renders with named parameters, then turns each {@code :name} outside quotes into {@code ?}, in order. */
    private static Rendered render(DSLContext dialect, Query query) {
        String named = dialect.renderNamedParams(query);
        StringBuilder sql = new StringBuilder(named.length());
        List<String> binds = new ArrayList<>();
        int i = 0;
        while (i < named.length()) {
            char c = named.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < named.length()) {
                    if (named.charAt(end) == c && (end + 1 >= named.length() || named.charAt(end + 1) != c)) {
                        break;
                    }
                    end += named.charAt(end) == c ? 2 : 1; // a doubled quote is part of the text
                }
                sql.append(named, i, Math.min(end + 1, named.length()));
                i = end + 1;
            } else if (c == ':' && i + 1 < named.length() && isNamePart(named.charAt(i + 1))
                    && (i == 0 || named.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < named.length() && isNamePart(named.charAt(end))) {
                    end++;
                }
                binds.add(named.substring(i + 1, end));
                sql.append('?');
                i = end;
            } else {
                sql.append(c);
                i++;
            }
        }
        return new Rendered(sql.toString(), List.copyOf(binds));
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private CheckedSql.Problem problem(String sql, ParserException e) {
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(": [");
        String head = cut > 0 ? message.substring(0, cut) : message;
        String identifier = identifierAt(sql, e.position());
        if (head.startsWith("Unknown table identifier") && !identifier.isEmpty()) {
            if (sql.startsWith(".*", e.position() + identifier.length())) {
                return new CheckedSql.Problem("KilnUnsupportedSql", identifier + ".* cannot be checked (jOOQ resolves"
                        + " no qualified asterisk against the schema): list the columns", e.line(), e.column());
            }
            if (sql.strip().regionMatches(true, 0, "WITH", 0, 4)) {
                return new CheckedSql.Problem("KilnUnsupportedSql", identifier + " is a common table expression, which"
                        + " jOOQ's compile-time lookup does not resolve: write it as a subquery in FROM", e.line(),
                        e.column());
            }
            return new CheckedSql.Problem("KilnUnknownTable", "table " + identifier + " is not in the schema the"
                    + " migrations build" + suggestion(identifier, schema.tables().stream()
                    .map(Schema.TableInfo::name).toList()), e.line(), e.column());
        }
        if (head.startsWith("Unknown field identifier") && !identifier.isEmpty()) {
            return unknownColumn(sql, identifier, e);
        }
        return new CheckedSql.Problem("KilnSqlSyntax", "the SQL does not parse as PostgreSQL: " + head + " ("
                + excerpt(sql, e.position()) + ")", e.line(), e.column());
    }

    private CheckedSql.Problem unknownColumn(String sql, String identifier, ParserException e) {
        int dot = identifier.lastIndexOf('.');
        String name = dot < 0 ? identifier : identifier.substring(dot + 1);
        List<Schema.TableInfo> tables = new ArrayList<>();
        try {
            QueryScope scope = QueryScope.of(plain.parser().parseQuery(sql), schema, List.of());
            List<QueryScope.Source> sources = dot < 0 ? scope.sources()
                    : scope.source(identifier.substring(0, dot)).map(List::of).orElse(scope.sources());
            sources.forEach(s -> schema.table(s.table()).ifPresent(tables::add));
        } catch (ParserException ignored) {
            // Without lookups it parsed before: this only guards against a jOOQ surprise.
        }
        if (tables.isEmpty()) {
            tables.addAll(schema.tables());
        }
        List<String> candidates = new ArrayList<>();
        for (Schema.TableInfo table : tables) {
            table.columns().forEach(c -> candidates.add(tables.size() == 1 ? c.name() : table.name() + "." + c.name()));
        }
        String where = tables.size() == 1 ? "in " + tables.getFirst().name()
                : "in any of " + String.join(", ", tables.stream().map(Schema.TableInfo::name).toList());
        return new CheckedSql.Problem("KilnUnknownColumn", "column " + name + " is not " + where
                + suggestion(name, candidates), e.line(), e.column());
    }

    private static String identifierAt(String sql, int position) {
        int end = Math.max(position, 0);
        while (end < sql.length() && (isNamePart(sql.charAt(end)) || sql.charAt(end) == '.' || sql.charAt(end) == '"')) {
            end++;
        }
        String identifier = position < 0 || position >= sql.length() ? "" : sql.substring(position, end);
        return identifier.endsWith(".") ? identifier.substring(0, identifier.length() - 1) : identifier.replace("\"", "");
    }

    private static String excerpt(String sql, int position) {
        int p = Math.max(0, Math.min(position, sql.length()));
        String flat = (sql.substring(0, p) + "[*]" + sql.substring(p)).replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? "…" + flat.substring(Math.max(0, flat.indexOf("[*]") - 60)) : flat;
    }

    /** {@code "; did you mean customer?"}, or nothing when no candidate is close. */
    static String suggestion(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String wanted = name.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            String simple = candidate.substring(candidate.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            int distance = distance(wanted, simple);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? "; did you mean " + best + "?" : "";
    }

    // Levenshtein distance.
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
