package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's SQL as written and as rewritten for jOOQ's parser ({@code o.*} spelt out as {@code o.id, o.customer}, an
 * {@code UPDATE}'s {@code FROM} moved before its {@code SET}), so that a problem found in the rewritten text is reported
 * at its place in the SQL as written.
 *
 * <pre>{@code
 * QueryText text = new QueryText("SELECT o.*, l.sku FROM …");
 * text.replace(7, 10, "o.id, o.customer");
 * text.originalPosition(23);   // 10: where ", l.sku" starts as written
 * }</pre>
 */
final class QueryText {
    private sealed interface Edit {
        /** Where {@code position} after this edit was before it. */
        int before(int position);
    }

    private record Replace(int start, int removed, int inserted) implements Edit {
        @Override
        public int before(int position) {
            if (position >= start + inserted) {
                return position - (inserted - removed);
            }
            return Math.min(position, start); // inside the replacement: its start
        }
    }

    // [from, from + length) moved to `to`, before it.
    private record Move(int from, int length, int to) implements Edit {
        @Override
        public int before(int position) {
            if (position < to || position >= from + length) {
                return position;
            }
            return position < to + length ? from + (position - to) : position - length;
        }
    }

    private final String original;
    private final List<Edit> edits = new ArrayList<>();
    private String current;

    QueryText(String sql) {
        this.original = sql;
        this.current = sql;
    }

    String original() {
        return original;
    }

    String current() {
        return current;
    }

    boolean rewritten() {
        return !edits.isEmpty();
    }

    /** Replaces {@code [start, end)} of the current text. */
    void replace(int start, int end, String with) {
        edits.add(new Replace(start, end - start, with.length()));
        current = current.substring(0, start) + with + current.substring(end);
    }

    /** Moves {@code [start, end)} of the current text to {@code to}, an earlier place; positions in it move with it. */
    void move(int start, int end, int to) {
        if (to > start) {
            throw new IllegalArgumentException("moves text to an earlier place only");
        }
        edits.add(new Move(start, end - start, to));
        current = current.substring(0, to) + current.substring(start, end) + current.substring(to, start)
                + current.substring(end);
    }

    /** Where {@code position} of the current text comes from as written (a place inside a replacement: its start). */
    int originalPosition(int position) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            position = edits.get(i).before(position);
        }
        return position;
    }
}
