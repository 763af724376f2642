package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import dev.kiln.runtime.messaging.spi.MessageTransportProvider;
import java.time.Clock;

/** Offers {@code kiln.messaging.transport=redis}; listed in {@code META-INF/services}. */
public final class RedisTransportProvider implements MessageTransportProvider {
    @Override
    public String type() {
        return "redis";
    }

    @Override
    public MessageTransport create(KilnConfig config, String application, Clock clock) {
        return RedisTransport.connect(RedisMessagingSettings.from(config, application), clock);
    }
}
