package dev.kiln.runtime.log;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id of each request: taken from the request's {@code X-Request-Id} header when it is sane (1 to 128
 * visible ASCII characters), otherwise created (a random UUID). {@link RequestIdFilter} assigns it before
 * anything else runs, echoes it on every response and puts it in the {@link LogContext}; handlers and
 * filters read it here.
 *
 * <pre>{@code
 * String id = RequestIds.of(req);                      // "4f1c…" or the caller's own id
 * downstream.header(RequestIds.HEADER, id);           // pass it on to the next service
 * }</pre>
 */
public final class RequestIds {
    /** {@code X-Request-Id}: read from requests, written on every response. */
    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");

    /** The longest id accepted from a caller. */
    public static final int MAX_LENGTH = 128;

    /** The context classifier: private, so only {@link RequestIdFilter} assigns the id. */
    private static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "kiln.request-id";
        }
    };

    private RequestIds() {}

    /** The request's id, or null when the request did not pass {@link RequestIdFilter} (custom routing). */
    public static String of(ServerRequest req) {
        return req.context().get(KEY, String.class).orElse(null);
    }

    /** {@code candidate} when it is an acceptable id, otherwise a new one. */
    public static String acceptOrCreate(String candidate) {
        return isAcceptable(candidate) ? candidate : create();
    }

    /**
     * True for 1 to {@value #MAX_LENGTH} visible ASCII characters ({@code !} to {@code ~}): no spaces, no
     * control characters, nothing that could forge a log line or a header.
     */
    public static boolean isAcceptable(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < '!' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * A new id: a version 4 UUID from {@link ThreadLocalRandom}. Ids need to be unique, not unguessable, so
     * this skips {@code SecureRandom}, which {@link UUID#randomUUID()} pays for on every call.
     */
    public static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                         // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low).toString();
    }

    static void set(ServerRequest req, String id) {
        req.context().register(KEY, id);
    }
}
