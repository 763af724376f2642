/**
 * What generated routers call for {@code @RateLimit}: {@link dev.kiln.runtime.ratelimit.RateLimiters} (the
 * configured store, created once), one {@link dev.kiln.runtime.ratelimit.RateLimiter} per limited route,
 * {@link dev.kiln.runtime.ratelimit.RateLimitKeys} for the IP, principal and global keys, and
 * {@link dev.kiln.runtime.ratelimit.RateLimits} for the one call at the top of a handler, which throws the 429.
 */
package dev.kiln.runtime.ratelimit;
