package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;
import java.util.UUID;

/**
 * {@code kiln.messaging.redis.*}.
 *
 * @param uri            {@code kiln.messaging.redis.uri} (default {@code redis://localhost:6379})
 * @param timeout        {@code kiln.messaging.redis.timeout} (default {@code 2s}): one command; a publish that takes
 *                       longer fails with {@code MessageNotAcceptedException}
 * @param connectTimeout {@code kiln.messaging.redis.connect-timeout} (default {@code 5s})
 * @param block          {@code kiln.messaging.redis.block} (default {@code 1s}): how long one blocking read waits
 * @param batch          {@code kiln.messaging.redis.batch} (default 100): entries read at once
 * @param claimIdle      {@code kiln.messaging.redis.claim-idle} (default {@code 30s}): an entry pending that long
 *                       without a sign of life from its consumer (they renew their entries every third of it) is
 *                       taken over by another consumer of the group
 * @param trimInterval   {@code kiln.messaging.redis.trim-interval} (default {@code 30s}, {@code 0s} off): how often a
 *                       consumer trims its stream of entries every group has acknowledged
 * @param consumer       {@code kiln.messaging.redis.consumer} (default {@code <application>-<random>}): this instance's
 *                       consumer name; a stable name (a StatefulSet's pod name) lets a restarted instance drain its
 *                       own pending entries at once instead of after {@code claim-idle}
 */
public record RedisMessagingSettings(String uri, Duration timeout, Duration connectTimeout, Duration block, int batch,
                                     Duration claimIdle, Duration trimInterval, String consumer) {
    public static final String URI = "kiln.messaging.redis.uri";

    public static RedisMessagingSettings from(KilnConfig config, String application) {
        return new RedisMessagingSettings(
                config.get(URI, "redis://localhost:6379"),
                config.getDuration("kiln.messaging.redis.timeout", Duration.ofSeconds(2)),
                config.getDuration("kiln.messaging.redis.connect-timeout", Duration.ofSeconds(5)),
                config.getDuration("kiln.messaging.redis.block", Duration.ofSeconds(1)),
                config.getInt("kiln.messaging.redis.batch", 100),
                config.getDuration("kiln.messaging.redis.claim-idle", Duration.ofSeconds(30)),
                config.getDuration("kiln.messaging.redis.trim-interval", Duration.ofSeconds(30)),
                config.get("kiln.messaging.redis.consumer",
                        application + "-" + UUID.randomUUID().toString().substring(0, 8)));
    }
}
