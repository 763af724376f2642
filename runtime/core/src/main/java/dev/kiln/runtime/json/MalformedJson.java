package dev.kiln.runtime.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/** Turns Jackson's syntax errors into messages fit for a client: what and where, no class or feature names. */
final class MalformedJson {
    private MalformedJson() {}

    static JsonDecodeException describe(JsonParser p, StreamReadException e) {
        String pointer;
        try {
            pointer = JsonScalars.pointer(p);
        } catch (RuntimeException ignored) {
            pointer = "";
        }
        StringBuilder message = new StringBuilder("malformed JSON: ").append(reason(e));
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message.append(" (line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return new JsonDecodeException(pointer, message.toString());
    }

    /**
     * Jackson's own wording without its location suffixes, which mention the source and the
     * {@code StreamReadFeature} that would reveal it.
     */
    private static String reason(StreamReadException e) {
        String original = e.getOriginalMessage();
        if (original == null || original.isBlank()) {
            return "unreadable input";
        }
        String reason = original;
        for (String cut : new String[] {"\n", " (start marker at", " at [Source", "[Source"}) {
            int at = reason.indexOf(cut);
            if (at >= 0) {
                reason = reason.substring(0, at);
            }
        }
        reason = reason.strip();
        // Jackson names Java types in a few messages ("out of range of int"); keep those, they are the expected type,
        // but drop anything that looks like a fully qualified class name.
        if (reason.contains("java.") || reason.contains("tools.jackson") || reason.isEmpty()) {
            return "unreadable input";
        }
        return reason;
    }
}
