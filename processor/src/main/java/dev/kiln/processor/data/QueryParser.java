package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.ParserException;

/**
 * Parses a query as PostgreSQL with every name looked up in the schema, where jOOQ's open-source parser needs help:
 *
 * <ul>
 *   <li>{@code WITH name AS (SELECT …)}: jOOQ looks a query's names up in the schema only, so each {@code WITH} query
 *   is checked first and its result added to the schema, for this query, as a table whose columns have the types and
 *   nullability of what it selects (a computed column stays an expression: checked by family, NULL unknown).</li>
 *   <li>{@code alias.*} in the main select list (or {@code RETURNING}): jOOQ resolves a qualified asterisk only when it
 *   is the one table of the FROM, so Kiln spells it out as that table's columns in schema order, as PostgreSQL does,
 *   and parses again (a problem in the rest of the SQL is still reported where it is written).</li>
 * </ul>
 *
 * What cannot be resolved exactly is a {@code [KilnUnsupportedSql]} saying why: {@code WITH RECURSIVE}, a data-modifying
 * {@code WITH} query, {@code WITH} before {@code INSERT}/{@code UPDATE}/{@code DELETE}, a {@code WITH} query named like a
 * table, {@code alias.*} inside a subquery, a {@code WITH} query or a set operation, and {@code alias.*} of a subquery.
 *
 * <pre>{@code
 * QueryParser.Parsed parsed = parser.parse("WITH big AS (SELECT id FROM orders WHERE total > :min) SELECT id FROM big");
 * parsed.schema().table("big");   // its table, for this query only
 * }</pre>
 */
final class QueryParser {
    /** A parsed query, and the schema its names resolve in (with its {@code WITH} queries' tables). */
    record Parsed(Query query, Schema schema) {}

    /** The query cannot be checked, or is wrong: {@link #problem()} says why. */
    static final class Refused extends Exception {
        private final transient CheckedSql.Problem problem;

        Refused(CheckedSql.Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        CheckedSql.Problem problem() {
            return problem;
        }
    }

    private static final Set<String> SET_OPERATIONS = Set.of("UNION", "INTERSECT", "EXCEPT");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Schema schema;
    private final DSLContext resolving;
    private final DSLContext plain;
    private final DSLContext postgres;
    private final ParseProblems problems;

    /** {@code plain}: a parser without lookups; {@code postgres}: a renderer, to read a {@code WITH} query on its own. */
    QueryParser(Schema schema, DSLContext plain, DSLContext postgres) {
        this.schema = schema;
        this.resolving = Jooq.parser(schema.meta());
        this.plain = plain;
        this.postgres = postgres;
        this.problems = new ParseProblems(plain);
    }

    Parsed parse(String sql) throws Refused {
        return parse(sql, schema);
    }

    private Parsed parse(String sql, Schema base) throws Refused {
        QueryText text = new QueryText(sql);
        fromBeforeSet(text);
        CommonTables common = startsWithWith(sql) ? commonTables(text, base) : new CommonTables(base, null, null);
        Schema scope = common.schema();
        DSLContext parser = scope == schema ? resolving : Jooq.parser(scope.meta());
        while (true) {
            try {
                return new Parsed(parser.parser().parseQuery(text.current()), scope);
            } catch (ParserException e) {
                String current = text.current();
                String qualifier = ParseProblems.identifierAt(current, e.position());
                int end = e.position();
                while (end < current.length() && current.charAt(end) != '*' && !Character.isWhitespace(current.charAt(end))) {
                    end++;
                }
                boolean asterisk = String.valueOf(e.getMessage()).startsWith("Unknown table identifier")
                        && !qualifier.isEmpty() && current.startsWith(".*", end - 1);
                if (!asterisk) {
                    CheckedSql.Problem problem = problems.of(text, e, scope);
                    throw new Refused(common.failed() != null && problem.tag().equals("KilnUnknownTable")
                            && qualifier.equalsIgnoreCase(common.failedName()) ? common.failed() : problem);
                }
                spellOut(text, e.position(), end + 1, qualifier, scope);
            }
        }
    }

    /**
     * {@code UPDATE t SET c = … FROM f WHERE …} as {@code UPDATE t FROM f SET t.c = … WHERE …}: jOOQ's parser puts the
     * tables of a {@code FROM} in scope only when it precedes {@code SET} (its T-SQL form), so the PostgreSQL form would
     * find the {@code FROM} tables' columns in {@code SET} unknown; and with them in scope, a target column another
     * table has too would be ambiguous, where PostgreSQL takes the target table's. The parsed statement is the same
     * and renders as PostgreSQL writes it.
     */
    private static void fromBeforeSet(QueryText text) {
        UpdateClauses clauses = UpdateClauses.of(text.current());
        if (clauses == null) {
            return;
        }
        String sql = text.current();
        String target = sql.substring(clauses.table(), clauses.set()).strip();
        String[] tokens = target.split("\\s+");
        String qualifier = tokens[tokens.length - 1];
        List<Integer> assignments = new ArrayList<>();
        int i = clauses.set() + 3;
        assignments.add(i);
        int depth = 0;
        while (i < clauses.from()) {
            int next = SqlScript.skipQuotedOrComment(sql, i);
            if (next > i) {
                i = next;
                continue;
            }
            char c = sql.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                assignments.add(i);
            }
        }
        for (int a = assignments.size() - 1; a >= 0; a--) {
            int at = assignments.get(a);
            while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
                at++;
            }
            if (at < sql.length() && sql.charAt(at) != '(') { // (a, b) = …: left as written
                text.replace(at, at, qualifier + ".");
            }
        }
        UpdateClauses moved = UpdateClauses.of(text.current());
        int end = moved.end();
        if (end == text.current().length() || !Character.isWhitespace(text.current().charAt(end - 1))) {
            text.replace(end, end, " ");
            end++;
        }
        text.move(moved.from(), end, moved.set());
    }

    /** Where an {@code UPDATE … SET … FROM …}'s table, {@code SET}, {@code FROM} and what follows the FROM start. */
    private record UpdateClauses(int table, int set, int from, int end) {
        static UpdateClauses of(String sql) {
            List<SqlScript.Word> words = SqlScript.topLevelWords(sql);
            if (words.isEmpty() || !words.getFirst().word().equals("UPDATE")) {
                return null;
            }
            int table = words.getFirst().start() + "UPDATE".length();
            int set = -1;
            int from = -1;
            for (SqlScript.Word w : words) {
                if (set < 0 && w.word().equals("ONLY")) {
                    table = w.start() + "ONLY".length();
                } else if (set < 0 && w.word().equals("SET")) {
                    set = w.start();
                } else if (set >= 0 && from < 0 && w.word().equals("FROM")) {
                    from = w.start();
                } else if (from >= 0 && (w.word().equals("WHERE") || w.word().equals("RETURNING"))) {
                    return new UpdateClauses(table, set, from, w.start());
                }
            }
            return from < 0 ? null : new UpdateClauses(table, set, from, sql.length());
        }
    }

    private static boolean startsWithWith(String sql) {
        int first = SqlScript.firstToken(sql, 0, sql.length());
        return sql.regionMatches(true, first, "WITH", 0, 4)
                && (first + 4 >= sql.length() || !ParseProblems.isNamePart(sql.charAt(first + 4)));
    }

    /** Replaces {@code alias.*} at {@code [start, end)} of {@code text} by the columns of the table it names. */
    private void spellOut(QueryText text, int start, int end, String qualifier, Schema scope) throws Refused {
        String sql = text.current();
        if (SqlScript.depthAt(sql, start) > 0 || SqlScript.hasTopLevelWord(sql, SET_OPERATIONS)) {
            throw refused(text, start, "KilnUnsupportedSql", qualifier + ".* cannot be checked here: jOOQ resolves a"
                    + " qualified asterisk over a single table only, and Kiln spells one out only in the main select"
                    + " list (not in a subquery, a WITH query or a UNION, INTERSECT or EXCEPT): list the columns");
        }
        QueryScope outer;
        try {
            outer = QueryScope.of(plain.parser().parseQuery(sql), scope, List.of());
        } catch (ParserException e) {
            throw new Refused(problems.of(text, e, scope));
        }
        List<QueryScope.Resolved> columns = outer.columnsOf(qualifier);
        if (columns.isEmpty()) {
            if (outer.source(qualifier).isEmpty()) {
                throw refused(text, start, "KilnUnknownTable", qualifier + ".* names no table of the query's FROM"
                        + " (" + String.join(", ", outer.qualifiers()) + ")"
                        + ParseProblems.suggestion(qualifier, outer.qualifiers()));
            }
            throw refused(text, start, "KilnUnsupportedSql", qualifier + ".* stands for the columns of a subquery,"
                    + " which Kiln does not spell out: list them");
        }
        String written = sql.substring(start, end - 2); // the qualifier as written, quotes included
        text.replace(start, end, columns.stream().map(c -> written + "." + quoted(c.column().name()))
                .collect(Collectors.joining(", ")));
    }

    private static String quoted(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The schema with a table per {@code WITH} query, in order (a later one may read an earlier one). One whose own
     * query has a problem is left out; parsing the whole query then reports that problem where it is written, or,
     * when it only finds the missing table, {@code failed}.
     */
    private record CommonTables(Schema schema, CheckedSql.Problem failed, String failedName) {}

    private CommonTables commonTables(QueryText text, Schema base) throws Refused {
        Query top;
        try {
            top = plain.parser().parseQuery(text.original());
        } catch (ParserException e) {
            throw new Refused(problems.of(text, e, base));
        }
        int at = SqlScript.firstToken(text.original(), 0, text.original().length());
        if (!(top instanceof Select<?> select) || select.$with() == null) {
            throw refused(text, at, "KilnUnsupportedSql", "WITH before an INSERT, UPDATE or DELETE cannot be checked"
                    + " yet: write its query as a subquery of the statement");
        }
        if (select.$with().$recursive()) {
            throw refused(text, at, "KilnUnsupportedSql", "WITH RECURSIVE cannot be checked: the types of a recursive"
                    + " query's columns are known only from the query that reads them; run it through DSLContext,"
                    + " or keep it in a view");
        }
        Schema scope = base;
        for (CommonTableExpression<?> common : select.$with().$commonTableExpressions()) {
            String name = common.getName();
            if (scope.table(name).isPresent()) {
                throw refused(text, at, "KilnUnsupportedSql", "WITH " + name + " has the name of a table it would"
                        + " hide: give it another name");
            }
            if (!(common.$query() instanceof Select<?> body)) {
                throw refused(text, at, "KilnUnsupportedSql", "WITH " + name + " is an INSERT, UPDATE or DELETE, whose"
                        + " result Kiln does not check: run the statements one by one in a transaction");
            }
            Parsed parsed;
            try {
                parsed = parse(postgres.renderNamedParams(body), scope);
            } catch (Refused r) {
                CheckedSql.Problem p = r.problem();
                return new CommonTables(scope, new CheckedSql.Problem(p.tag(), "in WITH " + name + ": "
                        + p.message(), 0, 0), name);
            }
            List<ResultColumns.Column> columns = ResultColumns.of((ResultQuery<?>) parsed.query(),
                    QueryScope.of(parsed.query(), parsed.schema(), List.of()));
            List<String> names = common.$derivedColumnList().$columnNames().stream().map(Name::last).toList();
            if (!names.isEmpty() && names.size() != columns.size()) {
                throw refused(text, at, "KilnSqlSyntax", "WITH " + name + " names " + names.size() + " columns ("
                        + String.join(", ", names) + "), and its query gives " + columns.size());
            }
            List<Schema.Column> table = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                ResultColumns.Column c = columns.get(i);
                table.add(new Schema.Column(names.isEmpty() ? c.checked().name() : names.get(i), c.type(),
                        c.computed() || c.checked().nullable().isPresent(), c.computed()));
            }
            try {
                scope = scope.withCommonTable(name, table);
            } catch (DataAccessException e) {
                throw refused(text, at, "KilnUnsupportedSql", "WITH " + name + " cannot be checked: jOOQ cannot make"
                        + " a table of its columns (" + e.getMessage() + "); name each column once");
            }
        }
        return new CommonTables(scope, null, null);
    }

    private static Refused refused(QueryText text, int position, String tag, String message) {
        return new Refused(ParseProblems.at(text, position, tag, message));
    }
}
