package dev.kiln.runtime.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs store failures at most once a minute: when Redis is down every limited request fails the same way,
 * and one line per request would bury everything else in the log.
 */
final class StoreFailures {
    private static final System.Logger LOGGER = System.getLogger(RateLimiters.class.getName());
    private static final long QUIET_NANOS = 60_000_000_000L;

    private final String store;
    private final boolean failOpen;
    private final AtomicLong suppressed = new AtomicLong();
    private final AtomicLong nextLog = new AtomicLong(System.nanoTime());

    StoreFailures(String store, boolean failOpen) {
        this.store = store;
        this.failOpen = failOpen;
    }

    /** Records a failure and returns the decision the failure policy gives. */
    Decision failed(Limit limit, RuntimeException e) {
        long now = System.nanoTime();
        long due = nextLog.get();
        if (now - due >= 0 && nextLog.compareAndSet(due, now + QUIET_NANOS)) {
            long more = suppressed.getAndSet(0);
            LOGGER.log(System.Logger.Level.WARNING, () -> "Rate limit store " + store + " failed for limiter "
                    + limit.name() + ": " + e + "; " + (failOpen ? "allowing" : "refusing (503)")
                    + " requests while it fails (kiln.ratelimit.redis.fail-open=" + failOpen + ")"
                    + (more > 0 ? "; " + more + " more failures since the last message" : ""));
        } else {
            suppressed.incrementAndGet();
        }
        return Decision.storeFailure(limit.permits(), failOpen);
    }
}
