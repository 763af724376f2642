package dev.kiln.runtime.ratelimit;

import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.Problem;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The one call at the top of a rate-limited handler. Allowed: the {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers (seconds, IETF draft) are set and the
 * handler goes on. Denied: the response is sent here, 429 {@code application/problem+json} with those headers
 * and {@code Retry-After} (seconds), and the handler returns.
 *
 * <p>The response is written rather than thrown: Helidon resets a response's headers before routing's error
 * handlers run, and {@code HttpException} carries no headers, so a thrown 429 would lose them.
 *
 * <pre>{@code
 * private void create(ServerRequest req, ServerResponse res) {
 *     if (!RateLimits.check(CREATE_LIMIT, keys.ip(req), req, res)) return;
 *     NewOrder order = Bodies.json(req, NewOrderJsonCodec.INSTANCE);
 *     ...
 * }
 * }</pre>
 */
public final class RateLimits {
    /** {@code RateLimit-Limit}: the permits per period. */
    public static final HeaderName LIMIT = HeaderNames.create("RateLimit-Limit");
    /** {@code RateLimit-Remaining}: permits left. */
    public static final HeaderName REMAINING = HeaderNames.create("RateLimit-Remaining");
    /** {@code RateLimit-Reset}: seconds until the budget is full again. */
    public static final HeaderName RESET = HeaderNames.create("RateLimit-Reset");

    private RateLimits() {}

    /**
     * Takes a permit for {@code key}; returns {@code true} when the handler may go on, {@code false} when
     * the 429 (or, with a failed store and {@code kiln.ratelimit.redis.fail-open=false}, the 503) has been sent.
     */
    public static boolean check(RateLimiter limiter, String key, ServerRequest req, ServerResponse res) {
        Decision decision = limiter.tryAcquire(key);
        if (decision.allowed()) {
            headers(res, decision);
            return true;
        }
        reject(req, res, decision);
        return false;
    }

    /** Sets the {@code RateLimit-*} headers of {@code decision}; none when the store failed and they are unknown. */
    public static void headers(ServerResponse res, Decision decision) {
        if (decision.storeFailed()) {
            return;
        }
        res.header(LIMIT, Integer.toString(decision.limit()));
        res.header(REMAINING, Integer.toString(decision.remaining()));
        res.header(RESET, Long.toString(decision.resetSeconds()));
    }

    /** Sends the problem response for a denied {@code decision}: 429, or 503 when the store failed. */
    public static void reject(ServerRequest req, ServerResponse res, Decision decision) {
        headers(res, decision);
        res.header(HeaderNames.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        ErrorResponses.send(req, res, problem(decision));
    }

    /** The problem document of a denied decision. */
    public static Problem problem(Decision decision) {
        if (decision.storeFailed()) {
            return Problem.of(503, "The rate limit could not be checked; retry in a moment");
        }
        return Problem.of(429, "Too many requests: all " + decision.limit() + " permits of this rate limit are used; "
                + "retry in " + decision.retryAfterSeconds() + " s");
    }
}
