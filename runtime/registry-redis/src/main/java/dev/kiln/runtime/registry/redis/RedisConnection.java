package dev.kiln.runtime.registry.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The registry's two Lettuce connections: one for commands, one subscribed to the change channel. Commands
 * fail fast while disconnected (rather than queueing behind an outage) and time out after
 * {@code kiln.registry.redis.timeout}; Lettuce reconnects on its own, at most a second apart, and subscribes
 * again, so the registry recovers from an outage without a restart.
 */
final class RedisConnection implements AutoCloseable {
    private final String address;
    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final String[] shas;

    private RedisConnection(String address, ClientResources resources, RedisClient client,
                            StatefulRedisConnection<String, String> connection,
                            StatefulRedisPubSubConnection<String, String> pubSub, String[] scripts) {
        this.address = address;
        this.resources = resources;
        this.client = client;
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
        RedisURI uri;
        try {
            uri = RedisURI.create(settings.uri());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Configuration '" + RedisRegistrySettings.URI
                    + "' is not a Redis URI (redis://host:port)", e);
        }
        uri.setTimeout(settings.connectTimeout());
        String address = uri.getHost() + ":" + uri.getPort();
        ClientResources resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(1)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout()).build())
                .build());
        StatefulRedisConnection<String, String> connection = null;
        try {
            connection = client.connect();
            StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
            pubSub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String from, String message) {
                    onMessage.accept(message);
                }
            });
            pubSub.sync().subscribe(channel);
            return new RedisConnection(address, resources, client, connection, pubSub, scripts);
        } catch (RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown(0, 2, TimeUnit.SECONDS);
            throw new IllegalStateException("The service registry could not connect to Redis at " + address + " ("
                    + RedisRegistrySettings.URI + "): " + redact(e.getMessage(), settings.uri()), e);
        }
    }

    /** {@code host:port}, for messages and health; never the password. */
    String address() {
        return address;
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
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }

    /** {@code message} without the password of {@code configured} ({@code redis://user:password@host}), if any. */
    private static String redact(String message, String configured) {
        if (message == null) {
            return "no reason given";
        }
        int scheme = configured.indexOf("://");
        int at = configured.lastIndexOf('@');
        if (scheme < 0 || at < scheme) {
            return message;
        }
        String userInfo = configured.substring(scheme + 3, at);
        String password = userInfo.substring(userInfo.indexOf(':') + 1);
        return password.isEmpty() ? message : message.replace(password, "***").replace(userInfo, "***");
    }
}
