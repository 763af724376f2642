package dev.kiln.codegen.model;

import java.time.Duration;

/**
 * A route's {@code @RateLimit}: the method's, else its interface's (each route still gets its own budget).
 *
 * @param permits  requests allowed per window; at least 1
 * @param per      the window
 * @param perText  the window as written ({@code "1m"})
 * @param key      whose budget a request spends
 * @param declared where the limit was written
 */
public record RateLimitPolicy(int permits, Duration per, String perText, Key key, Declared declared) {

    /** What a budget is counted for; mirrors {@code dev.kiln.RateLimit.Key}. */
    public enum Key {
        /** Each client address. */
        IP,
        /** Each authenticated principal; anonymous callers count by address. */
        PRINCIPAL,
        /** One budget for every caller. */
        GLOBAL
    }
}
