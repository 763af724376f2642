package dev.kiln.runtime.client;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps retries from multiplying load on a service that is failing as a whole (gRPC's retry throttling):
 * every failed attempt takes a token, every success gives a tenth of one back, and retries are allowed
 * only while more than half of the tokens are left. With the default 100 tokens, a total outage stops
 * retrying after about 50 failed attempts; once calls succeed again, retries come back. Counted in
 * tenths so that the hot path is one integer read while the budget is full.
 */
final class RetryBudget {
    private final int max;
    private final AtomicInteger tenths;

    RetryBudget(int tokens) {
        this.max = tokens * 10;
        this.tenths = new AtomicInteger(max);
    }

    void succeeded() {
        if (tenths.get() < max) { // a full budget, the usual case, is only read
            tenths.getAndUpdate(t -> Math.min(max, t + 1));
        }
    }

    /** Takes a token for a failed attempt; returns whether a retry is still allowed. */
    boolean failedMayRetry() {
        int left = tenths.updateAndGet(t -> Math.max(0, t - 10));
        return left > max / 2;
    }

    @Override
    public String toString() {
        return "RetryBudget[" + tenths.get() / 10 + "/" + max / 10 + "]";
    }
}
