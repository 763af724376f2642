package dev.kiln.runtime.messaging;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code kiln.messaging.*} as the messaging runtime reads it (the Redis transport reads its own
 * {@code kiln.messaging.redis.*}).
 *
 * @param transport       {@code kiln.messaging.transport}: {@code memory} (default) or {@code redis}
 * @param maxPendingAge   {@code kiln.messaging.max-pending-age} (default {@code 5m}): readiness is DOWN while a
 *                        group this instance consumes has an unacknowledged message older than this
 * @param concurrency     {@code kiln.messaging.concurrency} (default 16): messages of one destination handled at
 *                        once per instance, unless the subscription says otherwise
 * @param memoryCapacity  {@code kiln.messaging.memory.capacity} (default 10000): messages each in-process group holds
 * @param publishTimeout  {@code kiln.messaging.memory.publish-timeout} (default {@code 30s}): how long an in-process
 *                        publish waits for room before {@link MessageNotAcceptedException}
 */
public record MessagingSettings(String transport, Duration maxPendingAge, int concurrency, int memoryCapacity,
                                Duration publishTimeout) {
    public static final String TRANSPORT = "kiln.messaging.transport";
    public static final String MAX_PENDING_AGE = "kiln.messaging.max-pending-age";
    public static final String CONCURRENCY = "kiln.messaging.concurrency";
    public static final String MEMORY_CAPACITY = "kiln.messaging.memory.capacity";
    public static final String PUBLISH_TIMEOUT = "kiln.messaging.memory.publish-timeout";

    /** The defaults: memory, 5m, 16, 10000, 30s. */
    public static final MessagingSettings DEFAULTS = new MessagingSettings("memory", Duration.ofMinutes(5), 16, 10_000,
            Duration.ofSeconds(30));

    public MessagingSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("Configuration '" + CONCURRENCY + "' must be at least 1: " + concurrency);
        }
        if (memoryCapacity < 1) {
            throw new IllegalArgumentException("Configuration '" + MEMORY_CAPACITY + "' must be at least 1: " + memoryCapacity);
        }
    }

    public static MessagingSettings from(KilnConfig config) {
        return new MessagingSettings(
                config.get(TRANSPORT, DEFAULTS.transport).strip().toLowerCase(Locale.ROOT),
                config.getDuration(MAX_PENDING_AGE, DEFAULTS.maxPendingAge),
                config.getInt(CONCURRENCY, DEFAULTS.concurrency),
                config.getInt(MEMORY_CAPACITY, DEFAULTS.memoryCapacity),
                config.getDuration(PUBLISH_TIMEOUT, DEFAULTS.publishTimeout));
    }
}
