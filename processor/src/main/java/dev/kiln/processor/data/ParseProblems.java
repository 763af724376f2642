package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.ParserException;

/**
 * What jOOQ's parser could not read or resolve, as a tagged problem at its place in the SQL as written: an unknown table
 * or column (naming the closest one), or a syntax error (with the text around it).
 *
 * <pre>{@code
 * CheckedSql.Problem p = problems.of(text, parserException, schema);   // KilnUnknownColumn at 3:7 …
 * }</pre>
 */
final class ParseProblems {
    private final DSLContext plain;

    /** {@code plain}: a parser without lookups, to find the tables in scope of an unknown column. */
    ParseProblems(DSLContext plain) {
        this.plain = plain;
    }

    /** The problem {@code e} reports in {@code text} (its current form), checked against {@code schema}. */
    CheckedSql.Problem of(QueryText text, ParserException e, Schema schema) {
        String sql = text.current();
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf(": [");
        String head = cut > 0 ? message.substring(0, cut) : message;
        String identifier = identifierAt(sql, e.position());
        if (head.startsWith("Unknown table identifier") && !identifier.isEmpty()) {
            return at(text, e, "KilnUnknownTable", "table " + identifier + " is not in the schema the migrations build"
                    + suggestion(identifier, schema.tables().stream().map(Schema.TableInfo::name).toList()));
        }
        if (head.startsWith("Unknown field identifier") && !identifier.isEmpty()) {
            return unknownColumn(text, identifier, e, schema);
        }
        return at(text, e, "KilnSqlSyntax", "the SQL does not parse as PostgreSQL: " + head + " ("
                + excerpt(text.original(), text.originalPosition(e.position())) + ")");
    }

    /** A problem at {@code position} of {@code text}'s current form. */
    static CheckedSql.Problem at(QueryText text, int position, String tag, String message) {
        int p = text.originalPosition(position);
        String sql = text.original();
        return new CheckedSql.Problem(tag, message, SqlScript.lineAt(sql, p), p - sql.lastIndexOf('\n', p - 1));
    }

    // Where jOOQ says, when the text is as written; else where the rewritten place comes from.
    private static CheckedSql.Problem at(QueryText text, ParserException e, String tag, String message) {
        return text.rewritten() ? at(text, e.position(), tag, message)
                : new CheckedSql.Problem(tag, message, e.line(), e.column());
    }

    private CheckedSql.Problem unknownColumn(QueryText text, String identifier, ParserException e, Schema schema) {
        int dot = identifier.lastIndexOf('.');
        String name = dot < 0 ? identifier : identifier.substring(dot + 1);
        List<Schema.TableInfo> tables = new ArrayList<>();
        try {
            QueryScope scope = QueryScope.of(plain.parser().parseQuery(text.current()), schema, List.of());
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
        return at(text, e, "KilnUnknownColumn", "column " + name + " is not " + where + suggestion(name, candidates));
    }

    /** The name at {@code position} ({@code o.customer}, {@code o} of {@code o.*}), unquoted; empty when none. */
    static String identifierAt(String sql, int position) {
        int end = Math.max(position, 0);
        while (end < sql.length() && (isNamePart(sql.charAt(end)) || sql.charAt(end) == '.' || sql.charAt(end) == '"')) {
            end++;
        }
        String identifier = position < 0 || position >= sql.length() ? "" : sql.substring(position, end);
        return identifier.endsWith(".") ? identifier.substring(0, identifier.length() - 1) : identifier.replace("\"", "");
    }

    static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
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
