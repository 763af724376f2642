package dev.kiln.runtime.messaging.redis;

/** Redis stream ids ({@code <ms>-<seq>}). */
final class StreamIds {
    // At most 19 digits each: every such number fits Redis's unsigned 64 bits.
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\\d{1,19}(-\\d{1,19})?");

    private StreamIds() {}

    /** Whether {@code id} is a stream id Redis accepts ({@code 1733216400000-0}, or just the milliseconds). */
    static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The milliseconds part: when Redis added the entry. */
    static long millis(String id) {
        int dash = id.indexOf('-');
        return Long.parseLong(dash < 0 ? id : id.substring(0, dash));
    }

    /** The smallest id after {@code id}. */
    static String next(String id) {
        int dash = id.indexOf('-');
        if (dash < 0) {
            return id + "-1";
        }
        return id.substring(0, dash) + "-" + (Long.parseLong(id.substring(dash + 1)) + 1);
    }

    static int compare(String a, String b) {
        int byMillis = Long.compare(millis(a), millis(b));
        if (byMillis != 0) {
            return byMillis;
        }
        return Long.compare(seq(a), seq(b));
    }

    private static long seq(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? 0 : Long.parseLong(id.substring(dash + 1));
    }
}
