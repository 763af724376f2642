package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.MessagingSettings;
import dev.kiln.runtime.ratelimit.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Transports on one real Redis, closed after each test. */
final class RedisFixture implements AutoCloseable {
    final TestRedis redis;
    private final List<RedisTransport> transports = new ArrayList<>();

    RedisFixture(TestRedis redis) {
        this.redis = redis;
    }

    RedisTransport transport(String application, Duration claimIdle) {
        return transport(application, claimIdle, application + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    RedisTransport transport(String application, Duration claimIdle, String consumer) {
        RedisMessagingSettings settings = settings(redis.uri(), claimIdle, consumer);
        RedisTransport transport = RedisTransport.connect(settings, Clock.systemUTC());
        transports.add(transport);
        return transport;
    }

    static RedisMessagingSettings settings(String uri, Duration claimIdle, String consumer) {
        return new RedisMessagingSettings(uri, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(200), 100,
                claimIdle, Duration.ZERO, consumer);
    }

    Messaging app(String application, RedisTransport transport, MessagingSettings settings) {
        return Messaging.create(transport, application, settings, Clock.systemUTC());
    }

    Messaging app(String application) {
        return app(application, Duration.ofSeconds(30));
    }

    Messaging app(String application, Duration claimIdle) {
        return Messaging.create(transport(application, claimIdle), application, MessagingSettings.DEFAULTS,
                Clock.systemUTC());
    }

    @Override
    public void close() {
        for (RedisTransport transport : transports.reversed()) {
            try {
                transport.close();
            } catch (RuntimeException e) {
                // already abandoned
            }
        }
    }
}
