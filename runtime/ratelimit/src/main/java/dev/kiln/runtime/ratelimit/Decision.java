package dev.kiln.runtime.ratelimit;

/**
 * The answer of {@link RateLimiter#tryAcquire(String)}: whether the request may proceed and what to tell
 * the client about its budget ({@code RateLimit-*} and {@code Retry-After} headers).
 *
 * <pre>{@code
 * Decision decision = limiter.tryAcquire(keys.ip(req));
 * if (!decision.allowed()) {
 *     long wait = decision.retryAfterSeconds();   // what Retry-After says
 * }
 * }</pre>
 *
 * @param allowed         whether a permit was taken
 * @param limit           the limiter's permits per period ({@code RateLimit-Limit})
 * @param remaining       permits left right now after this request ({@code RateLimit-Remaining})
 * @param resetNanos      time until the budget is full again ({@code RateLimit-Reset})
 * @param retryAfterNanos when denied, time until the next permit is available; 0 when allowed
 * @param storeFailed     the store could not be asked (Redis down or slow); {@code allowed} then says what the
 *                        configured failure policy chose and the other numbers mean nothing
 */
public record Decision(boolean allowed, int limit, int remaining, long resetNanos, long retryAfterNanos,
                       boolean storeFailed) {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** A permit was taken. */
    public static Decision allow(int limit, int remaining, long resetNanos) {
        return new Decision(true, limit, remaining, resetNanos, 0L, false);
    }

    /** No permit is left; the next one is available after {@code retryAfterNanos}. */
    public static Decision deny(int limit, long resetNanos, long retryAfterNanos) {
        return new Decision(false, limit, 0, resetNanos, retryAfterNanos, false);
    }

    /** The store failed; {@code allowed} is the configured failure policy (fail-open or fail-closed). */
    public static Decision storeFailure(int limit, boolean allowed) {
        return new Decision(allowed, limit, 0, 0L, allowed ? 0L : NANOS_PER_SECOND, true);
    }

    /** {@code RateLimit-Reset}: whole seconds until the budget is full, rounded up. */
    public long resetSeconds() {
        return ceilSeconds(resetNanos);
    }

    /** {@code Retry-After}: whole seconds to wait, rounded up and at least 1 when denied; 0 when allowed. */
    public long retryAfterSeconds() {
        return allowed ? 0L : Math.max(1L, ceilSeconds(retryAfterNanos));
    }

    private static long ceilSeconds(long nanos) {
        return nanos <= 0 ? 0L : Math.ceilDiv(nanos, NANOS_PER_SECOND);
    }
}
