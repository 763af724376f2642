package dev.kiln.runtime.client;

import java.time.Duration;

/**
 * How a discovered client balances, retries and ejects; see {@link KilnClientBuilder#config}.
 *
 * @param loadBalancing   how an instance is picked
 * @param retries         further attempts an idempotent call may make, each on another instance
 * @param retryBudget     tokens of the retry budget: each failed attempt takes one, each success gives back a
 *                        tenth, and retries stop while half or fewer are left
 * @param ejectAfter      consecutive connection failures that eject an instance
 * @param ejectBackoff    how long the first ejection lasts; it doubles with each further one
 * @param ejectMaxBackoff the longest ejection
 */
record DiscoverySettings(LoadBalancing loadBalancing, int retries, int retryBudget, int ejectAfter,
                         Duration ejectBackoff, Duration ejectMaxBackoff) {
    static final DiscoverySettings DEFAULTS = new DiscoverySettings(LoadBalancing.POWER_OF_TWO, 2, 100, 3,
            Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** Ejection {@code n} (1 = first) lasts {@code ejectBackoff × 2^(n-1)}, at most {@code ejectMaxBackoff}. */
    long ejectionNanos(int n) {
        long base = ejectBackoff.toNanos();
        long max = ejectMaxBackoff.toNanos();
        int shift = Math.min(n - 1, 30);
        return base > (max >> shift) ? max : Math.min(max, base << shift);
    }
}
