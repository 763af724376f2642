/**
 * {@code kiln.registry.type=redis}: the service registry shared through Redis
 * ({@link dev.kiln.runtime.registry.redis.RedisServiceRegistry}); see {@code docs/discovery.md}.
 */
package dev.kiln.runtime.registry.redis;
