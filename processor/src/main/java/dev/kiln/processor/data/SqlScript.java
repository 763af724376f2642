package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration split into its statements, as PostgreSQL reads them: a {@code ;} ends a statement unless it is inside
 * a string ({@code 'it''s'}, {@code E'\''}), a quoted identifier, a dollar-quoted body ({@code $$ … $$},
 * {@code $fn$ … $fn$}) or a comment ({@code --}, nested {@code /* … *}{@code /}). Each statement keeps the line it
 * starts on, so that a problem is reported on the line of the file.
 *
 * <pre>{@code
 * for (SqlScript.Statement s : SqlScript.split(text)) { ... s.sql() ... s.line() ... }
 * }</pre>
 */
final class SqlScript {
    /**
     * One statement.
     *
     * @param sql       its text, from just after the previous {@code ;} (so its own line 1 is {@code firstLine})
     * @param firstLine the line of the file its text begins on
     * @param line      the line of the file its first token is on
     */
    record Statement(String sql, int firstLine, int line) {}

    private SqlScript() {}

    static List<Statement> split(String text) {
        List<Statement> statements = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = closing(text, i + 1, c);
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i = blockCommentEnd(text, i + 2);
            } else if (c == '$') {
                i = dollarQuoteEnd(text, i);
            } else if (c == ';') {
                add(statements, text, start, i);
                start = ++i;
            } else {
                i++;
            }
        }
        add(statements, text, start, n);
        return statements;
    }

    private static void add(List<Statement> statements, String text, int start, int end) {
        int token = firstToken(text, start, end);
        if (token < end) {
            statements.add(new Statement(text.substring(start, end), lineAt(text, start), lineAt(text, token)));
        }
    }

    // The first character that is neither blank nor in a comment; end when there is none.
    private static int firstToken(String text, int i, int end) {
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 || eol > end ? end : eol + 1;
            } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
                i = Math.min(end, blockCommentEnd(text, i + 2));
            } else {
                return i;
            }
        }
        return end;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // Just after the quote that closes the one opened before i; a doubled quote is part of the text.
    private static int closing(String text, int i, char quote) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2; // E'\'' strings; in a standard string a backslash before the closing quote is rare enough
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int blockCommentEnd(String text, int i) {
        int depth = 1;
        while (i < text.length() && depth > 0) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
            } else {
                i++;
            }
        }
        return i;
    }

    // $tag$ … $tag$ (tag: letters, digits, underscores, not starting with a digit); a lone $ (as in $1) is skipped.
    private static int dollarQuoteEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '$' || (j > i + 1 && Character.isDigit(text.charAt(i + 1)))) {
            return i + 1;
        }
        String tag = text.substring(i, j + 1);
        int end = text.indexOf(tag, j + 1);
        return end < 0 ? text.length() : end + tag.length();
    }
}
