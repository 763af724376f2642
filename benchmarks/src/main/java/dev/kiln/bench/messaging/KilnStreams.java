package dev.kiln.bench.messaging;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.Subscription;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Map;

/**
 * Kiln: two applications on {@code kiln.messaging.transport=redis} with their defaults (batch 100, concurrency 16),
 * the publisher Kiln generated for {@link BenchTicks}, and a subscription exactly as a generated dispatcher writes it.
 */
final class KilnStreams implements StreamsContender {
    private final Messaging publisherApp;
    private final Messaging subscriberApp;
    private final BenchTicks ticks;
    private final RedisCommands<String, String> admin;
    private Dispatcher dispatcher;

    KilnStreams(String redisUri, RedisCommands<String, String> admin) {
        KilnConfig config = KilnConfig.of(Map.of("kiln.messaging.transport", "redis", "kiln.messaging.redis.uri", redisUri));
        this.publisherApp = Messaging.create(config, "bench-pub");
        this.subscriberApp = Messaging.create(config, "bench-sub");
        this.ticks = new BenchTicksPublisher(publisherApp);
        this.admin = admin;
    }

    @Override
    public String name() {
        return "kiln";
    }

    @Override
    public String stream() {
        return "kiln:events:bench";
    }

    @Override
    public String group() {
        return "bench-sub";
    }

    @Override
    public void start(Latencies latencies) {
        dispatcher = subscriberApp.dispatcher().subscribe(Subscription.events("bench", "sent",
                BenchTickJsonCodec.INSTANCE, (tick, context) -> latencies.record(tick)));
        dispatcher.start();
    }

    @Override
    public void publish(BenchTick tick) {
        ticks.sent(tick);
    }

    @Override
    public void stop() {
        dispatcher.stop();
        admin.del(stream());
    }

    @Override
    public void close() {
        subscriberApp.stop();
        publisherApp.stop();
    }
}
