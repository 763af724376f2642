package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.MessagingSettings;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.Subscription;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A subscribing application in a JVM of its own, to be killed with SIGKILL: its handler's side effect is recorded
 * in Redis ({@code SADD kiln:test:handled <line>}, {@code INCR kiln:test:calls}) before it returns, so the test can
 * count what was handled across kills. Args: Redis URI, consumer name, claim-idle in ms.
 */
final class SubscriberProcess {
    static final String HANDLED = "kiln:test:handled";
    static final String CALLS = "kiln:test:calls";

    private SubscriberProcess() {}

    public static void main(String[] args) throws InterruptedException {
        RedisClient client = RedisClient.create(args[0]);
        RedisCommands<String, String> effects = client.connect().sync();
        RedisTransport transport = RedisTransport.connect(
                RedisFixture.settings(args[0], Duration.ofMillis(Long.parseLong(args[2])), args[1]), Clock.systemUTC());
        Messaging messaging = Messaging.create(transport, "billing", MessagingSettings.DEFAULTS, Clock.systemUTC());
        messaging.dispatcher().subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                (event, context) -> {
                    effects.sadd(HANDLED, Integer.toString(event.line()));
                    effects.incr(CALLS);
                })).start();
        System.out.println("READY");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
