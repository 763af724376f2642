/**
 * {@code kiln.messaging.transport=redis}: {@link dev.kiln.runtime.messaging.redis.RedisTransport} on Redis
 * Streams (Lettuce), offered through {@link dev.kiln.runtime.messaging.redis.RedisTransportProvider}; settings
 * under {@code kiln.messaging.redis.*} ({@link dev.kiln.runtime.messaging.redis.RedisMessagingSettings}). See
 * {@code docs/events.md}.
 */
package dev.kiln.runtime.messaging.redis;
