package dev.kiln.processor.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's SQL as written and as rewritten for jOOQ's parser ({@code o.*} spelt out as {@code o.id, o.customer}), so
 * that a problem found in the rewritten text is reported at its place in the SQL as written.
 *
 * <pre>{@code
 * QueryText text = new QueryText("SELECT o.*, l.sku FROM …");
 * text.replace(7, 10, "o.id, o.customer");
 * text.originalPosition(23);   // 10: where ", l.sku" starts as written
 * }</pre>
 */
final class QueryText {
    private record Edit(int start, int removed, int inserted) {}

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
        edits.add(new Edit(start, end - start, with.length()));
        current = current.substring(0, start) + with + current.substring(end);
    }

    /** Where {@code position} of the current text comes from as written (a place inside a replacement: its start). */
    int originalPosition(int position) {
        for (int i = edits.size() - 1; i >= 0; i--) {
            Edit edit = edits.get(i);
            if (position >= edit.start() + edit.inserted()) {
                position -= edit.inserted() - edit.removed();
            } else if (position > edit.start()) {
                position = edit.start();
            }
        }
        return position;
    }
}
