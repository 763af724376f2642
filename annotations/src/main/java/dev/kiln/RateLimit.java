package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often a route may be called: {@code permits} requests per {@code per}, counted for each
 * {@link #key() key}. The request over the budget gets {@code 429} with {@code Retry-After} and
 * {@code RateLimit-*} headers. On a service interface it gives each route without a limit of its own its
 * own budget; on a method it replaces the interface's limit.
 *
 * <pre>{@code
 * @Post @RateLimit(permits = 10, per = "1m", key = RateLimit.Key.PRINCIPAL)
 * Order create(@Body @Valid NewOrder order);
 * }</pre>
 *
 * Budgets live in memory by default; with {@code kiln.ratelimit.store=redis} every instance of the service
 * shares them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimit {
    /** Requests allowed per window; at least 1. */
    int permits();

    /** The window: a number and a unit, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d} ({@code "1m"}, {@code "500ms"}). */
    String per();

    /** Whose budget a request spends. */
    Key key() default Key.IP;

    /** What a budget is counted for. */
    enum Key {
        /** Each client address. */
        IP,
        /** Each authenticated principal (anonymous callers share the client-address budget). */
        PRINCIPAL,
        /** One budget for every caller. */
        GLOBAL
    }
}
