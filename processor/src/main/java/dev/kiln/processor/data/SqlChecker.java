package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;

/**
 * Checks one {@code @Query} against the migrations' schema with jOOQ: parsed as PostgreSQL with every table and column
 * looked up in the schema ({@code ParseWithMetaLookups.THROW_ON_FAILURE}; {@code WITH} queries and {@code alias.*} as
 * {@link QueryParser} says), then read for what the generated code needs
 * (result columns with their kinds and nullability, parameters with the kinds they are compared with) and rendered for
 * PostgreSQL and H2 with {@code ?} placeholders.
 *
 * <pre>{@code
 * CheckedSql checked = new SqlChecker(schema).check("SELECT id, customer FROM orders WHERE id = :id");
 * if (checked instanceof CheckedSql.Problem p) { ... p.tag() ... p.message() ... p.line() ... }
 * }</pre>
 */
public final class SqlChecker {
    private final QueryParser parser;
    private final DSLContext postgres;
    private final DSLContext h2;
    private DSLContext[] qualifying; // for queries with WITH, made when the first is met

    public SqlChecker(Schema schema) {
        this.postgres = Jooq.renderer(SQLDialect.POSTGRES);
        this.h2 = Jooq.renderer(SQLDialect.H2);
        this.parser = new QueryParser(schema, Jooq.parser(), postgres);
    }

    public CheckedSql check(String sql) {
        QueryParser.Parsed parsed;
        try {
            parsed = parser.parse(sql);
        } catch (QueryParser.Refused refused) {
            return refused.problem();
        }
        Query query = parsed.query();
        // The parameters as the rendering binds them (Query.getParams() would walk the query once more): jOOQ names a
        // positional one by its index.
        boolean with = query instanceof Select<?> select && select.$with() != null;
        if (with && qualifying == null) {
            qualifying = new DSLContext[] {
                Jooq.qualifyingRenderer(SQLDialect.POSTGRES), Jooq.qualifyingRenderer(SQLDialect.H2)};
        }
        Rendered forPostgres = render(with ? qualifying[0] : postgres, query);
        for (String param : forPostgres.binds()) {
            if (param.chars().allMatch(Character::isDigit)) {
                return new CheckedSql.Problem("KilnSqlSyntax", "the query has a positional parameter (?): name each"
                        + " parameter after its method parameter, e.g. WHERE id = :id", 0, 0);
            }
        }
        QueryScope scope = QueryScope.of(query, parsed.schema(), forPostgres.binds());
        Rendered forH2 = renderForH2(with ? qualifying[1] : h2, query, forPostgres);
        boolean rows = query instanceof ResultQuery<?>;
        Map<String, String> written = writtenParamNames(sql);
        Map<String, CheckedSql.Param> params = new LinkedHashMap<>();
        scope.params().forEach((name, param) -> params.put(written.getOrDefault(name, name), param));
        return new CheckedSql.Ok(rows, forPostgres.sql(), forH2.sql(),
                forPostgres.binds().stream().map(name -> written.getOrDefault(name, name)).toList(), params,
                rows ? ResultColumns.of((ResultQuery<?>) query, scope).stream().map(ResultColumns.Column::checked)
                        .toList() : List.of(), scope.tables());
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

    private record Rendered(String sql, List<String> binds) {}

    /**
     * The statement for H2, or the PostgreSQL text where jOOQ cannot translate it: where it emulates it with
     * parameters of its own, and where its open-source edition cannot at all (an {@code UPDATE … FROM} with a join or
     * several tables becomes a {@code MERGE} only in the commercial editions).
     */
    private static Rendered renderForH2(DSLContext dialect, Query query, Rendered forPostgres) {
        try {
            Rendered forH2 = render(dialect, query);
            return forH2.binds().equals(forPostgres.binds()) ? forH2 : forPostgres;
        } catch (DataAccessException e) {
            return forPostgres;
        }
    }

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
            } else if (c == ':' && i + 1 < named.length() && ParseProblems.isNamePart(named.charAt(i + 1))
                    && (i == 0 || named.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < named.length() && ParseProblems.isNamePart(named.charAt(end))) {
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
}
