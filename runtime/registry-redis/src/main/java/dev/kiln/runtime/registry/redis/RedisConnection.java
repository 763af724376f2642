package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.redis.RedisClients;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.function.Consumer;

/**
 * The registry's two Lettuce connections: one for commands, one subscribed to the change channel. Commands
 * fail fast while disconnected (rather than queueing behind an outage) and time out after
 * {@code kiln.registry.redis.timeout}; Lettuce reconnects on its own, at most a second apart, and subscribes
 * again, so the registry recovers from an outage without a restart.
 */
final class RedisConnection implements AutoCloseable {
    private final RedisClients redis;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final String[] shas;

    private RedisConnection(RedisClients redis, StatefulRedisConnection<String, String> connection,
                            StatefulRedisPubSubConnection<String, String> pubSub, String[] scripts) {
        this.redis = redis;
        this.connection = connection;
        this.commands = connection.sync();
        this.pubSub = pubSub;
        this.shas = new String[scripts.length];
        for (int i = 0; i < scripts.length; i++) {
            shas[i] = commands.digest(scripts[i]);
        }
    }

    /**
     * Connects both connections and subscribes {@code onMessage} to {@code channel}. A Redis that cannot be
     * reached fails the start, naming the address and never the password.
     */
    static RedisConnection connect(RedisRegistrySettings settings, String channel, Consumer<String> onMessage,
                                   String... scripts) {
        RedisClients redis = RedisClients.create(RedisRegistrySettings.URI, settings.uri(), settings.connectTimeout(),
                TimeoutOptions.enabled(settings.timeout()));
        return redis.connect("The service registry", client -> {
            StatefulRedisConnection<String, String> connection = client.connect();
            try {
                StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
                pubSub.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String from, String message) {
                        onMessage.accept(message);
                    }
                });
                pubSub.sync().subscribe(channel);
                return new RedisConnection(redis, connection, pubSub, scripts);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        });
    }

    /** {@code host:port}, for messages and health; never the password. */
    String address() {
        return redis.address();
    }

    boolean isOpen() {
        return connection.isOpen();
    }

    /** Runs script {@code index} (as given to {@link #connect}); loads it again if Redis lost it (a restart). */
    <T> T eval(int index, String script, ScriptOutputType type, String[] keys, String... args) {
        try {
            return commands.evalsha(shas[index], type, keys, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(script, type, keys, args);
        }
    }

    @Override
    public void close() {
        try {
            pubSub.close();
            connection.close();
        } finally {
            redis.close();
        }
    }
}
