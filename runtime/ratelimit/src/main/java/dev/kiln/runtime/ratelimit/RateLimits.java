package dev.kiln.runtime.ratelimit;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.ServerTelemetry;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.runtime.http.TooManyRequestsException;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/**
 * The one call at the top of a rate-limited handler. Allowed: the {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers (seconds, IETF draft) are set and the
 * handler goes on. Denied: a {@link TooManyRequestsException} is thrown, answered 429
 * {@code application/problem+json} with those headers and {@code Retry-After} (seconds); with a failed store
 * and {@code kiln.ratelimit.redis.fail-open=false}, a {@link ServiceUnavailableException} (503, {@code Retry-After}).
 *
 * <pre>{@code
 * private void create(ServerRequest req, ServerResponse res) {
 *     RateLimits.check(CREATE_LIMIT, keys.ip(req), res);
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
     * Takes a permit for {@code key} and sets the {@code RateLimit-*} headers on {@code res}; throws
     * {@link #refusal(Decision) the refusal} when there is none.
     */
    public static void check(RateLimiter limiter, String key, ServerResponse res) {
        Decision decision = limiter.tryAcquire(key);
        if (!decision.allowed()) {
            if (!decision.storeFailed()) {
                ServerTelemetry.refused(ServerTelemetry.Refusal.RATE_LIMIT); // the span's event, the refusal counter
            }
            throw refusal(decision);
        }
        headers(res, decision);
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

    /**
     * The exception answering a denied {@code decision}: 429 with {@code Retry-After} and the {@code RateLimit-*}
     * headers, or 503 with {@code Retry-After} when the store failed.
     */
    public static HttpException refusal(Decision decision) {
        String retryAfter = Long.toString(decision.retryAfterSeconds());
        if (decision.storeFailed()) {
            return new ServiceUnavailableException("The rate limit could not be checked; retry in a moment")
                    .withHeader(HeaderNames.RETRY_AFTER, retryAfter);
        }
        return new TooManyRequestsException("Too many requests: all " + decision.limit()
                + " permits of this rate limit are used; retry in " + retryAfter + " s")
                .withHeader(LIMIT, Integer.toString(decision.limit()))
                .withHeader(REMAINING, Integer.toString(decision.remaining()))
                .withHeader(RESET, Long.toString(decision.resetSeconds()))
                .withHeader(HeaderNames.RETRY_AFTER, retryAfter);
    }
}
