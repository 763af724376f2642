package dev.kiln.codegen.template;

import dev.kiln.codegen.model.RepositoryModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a query's span is named by (OpenTelemetry's database conventions: {@code SELECT orders}), read from the
 * checked PostgreSQL text once, at compile time: the statement's operation — the first {@code SELECT},
 * {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code MERGE} outside parentheses, so a {@code WITH} query is
 * named by its main statement — and the table it reads or writes first (after {@code FROM}, {@code INTO} or
 * {@code UPDATE}), kept only when it is one of the tables the checker resolved (not a {@code WITH} query's name).
 */
final class QueryNames {
    private static final Set<String> OPERATIONS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE");

    private QueryNames() {}

    /** The operation, or null when none is found. */
    static String operation(RepositoryModel.Method method) {
        List<String> words = topLevelWords(method.postgres());
        return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).filter(OPERATIONS::contains).findFirst().orElse(null);
    }

    /** The main table, or null when none is found. */
    static String collection(RepositoryModel.Method method) {
        List<String> words = topLevelWords(method.postgres());
        String operation = null;
        for (int i = 0; i < words.size() - 1; i++) {
            String word = words.get(i).toUpperCase(Locale.ROOT);
            if (operation == null) {
                operation = OPERATIONS.contains(word) ? word : null;
                if ("UPDATE".equals(operation)) {
                    return table(method, words.get(i + 1));
                }
            } else if (word.equals(operation.equals("INSERT") || operation.equals("MERGE") ? "INTO" : "FROM")) {
                return table(method, words.get(i + 1));
            }
        }
        return null;
    }

    private static String table(RepositoryModel.Method method, String word) {
        String table = word.replace("\"", "");
        return method.tables().contains(table) ? table : null;
    }

    /** The words of {@code sql} outside parentheses and string literals; a parenthesis counts as a word. */
    private static List<String> topLevelWords(String sql) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                i = end < 0 ? sql.length() : end;
                continue;
            }
            boolean part = Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '"';
            if (part && depth == 0) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (c == '(') {
                if (depth == 0) {
                    words.add("(");
                }
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
