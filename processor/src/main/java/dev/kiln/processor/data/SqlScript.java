package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
            int next = skipQuotedOrComment(text, i);
            char c = text.charAt(i);
            if (next > i) {
                i = next;
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

    /** How many parentheses are open at {@code position} of one statement (outside strings, quoted names, comments). */
    static int depthAt(String sql, int position) {
        int depth = 0;
        int i = 0;
        while (i < position && i < sql.length()) {
            int next = skipQuotedOrComment(sql, i);
            if (next > i) {
                i = next;
                continue;
            }
            char c = sql.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    /** Whether one of {@code words} (upper case) is a word of {@code sql} outside parentheses, strings and comments. */
    static boolean hasTopLevelWord(String sql, Set<String> words) {
        return topLevelWords(sql).stream().anyMatch(w -> words.contains(w.word()));
    }

    /** A word of a statement, upper case, and where it starts. */
    record Word(String word, int start) {}

    /** The words of {@code sql} outside parentheses, strings, quoted names and comments, in order. */
    static List<Word> topLevelWords(String sql) {
        List<Word> words = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            int next = skipQuotedOrComment(sql, i);
            if (next > i) {
                i = next;
                continue;
            }
            char c = sql.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                if (depth == 0) {
                    words.add(new Word(sql.substring(i, end).toUpperCase(Locale.ROOT), i));
                }
                i = end;
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                i++;
            }
        }
        return words;
    }

    // Just after the string, quoted name, comment or dollar-quoted body that starts at i; i when none does.
    static int skipQuotedOrComment(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"') {
            return closing(text, i + 1, c);
        } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end + 1;
        } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
            return blockCommentEnd(text, i + 2);
        } else if (c == '$') {
            int end = dollarQuoteEnd(text, i);
            return end == i + 1 ? i : end;
        }
        return i;
    }

    private static void add(List<Statement> statements, String text, int start, int end) {
        int token = firstToken(text, start, end);
        if (token < end) {
            statements.add(new Statement(text.substring(start, end), lineAt(text, start), lineAt(text, token)));
        }
    }

    /** The first character from {@code i} that is neither blank nor in a comment; {@code end} when there is none. */
    static int firstToken(String text, int i, int end) {
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
