package dev.kiln.runtime.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Lettuce client as every Redis-backed Kiln module wants one: small thread pools, reconnects at most a second
 * apart, commands rejected at once while disconnected (a caller learns of an outage instead of queueing behind
 * it), each command bounded by the given timeouts; and a start that fails naming the address, never the password.
 *
 * <pre>{@code
 * RedisClients redis = RedisClients.create("kiln.registry.redis.uri", uriText, connectTimeout,
 *         TimeoutOptions.enabled(timeout));
 * StatefulRedisConnection<String, String> connection = redis.connect("The service registry", RedisClient::connect);
 * }</pre>
 */
public final class RedisClients implements AutoCloseable {
    private final String configured;
    private final String address;
    private final ClientResources resources;
    private final RedisClient client;

    private RedisClients(String configured, String address, ClientResources resources, RedisClient client) {
        this.configured = configured;
        this.address = address;
        this.resources = resources;
        this.client = client;
    }

    /**
     * A client for {@code uri} (the value of configuration {@code key}, named in errors), connecting within
     * {@code connectTimeout}, commands bounded by {@code timeouts}. Nothing connects yet.
     */
    public static RedisClients create(String key, String uri, Duration connectTimeout, TimeoutOptions timeouts) {
        RedisURI redisUri;
        try {
            redisUri = RedisURI.create(uri);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Configuration '" + key + "' is not a Redis URI (redis://host:port)", e);
        }
        redisUri.setTimeout(connectTimeout);
        ClientResources resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2) // Lettuce's minimum; asking for 1 only logs that it took 2
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, redisUri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(timeouts)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .build());
        return new RedisClients(key + "=" + uri, redisUri.getHost() + ":" + redisUri.getPort(), resources, client);
    }

    /** What opens connections. */
    public interface Opener<T> {
        T open(RedisClient client);
    }

    /**
     * Opens connections with {@code opener}; if that fails, shuts this client down and throws an
     * {@link IllegalStateException} saying that {@code who} could not connect, with the address and the
     * configuration key, never the password.
     */
    public <T> T connect(String who, Opener<T> opener) {
        try {
            return opener.open(client);
        } catch (RuntimeException e) {
            close();
            String key = configured.substring(0, configured.indexOf('='));
            throw new IllegalStateException(who + " could not connect to Redis at " + address + " (" + key + "): "
                    + redact(e.getMessage()), e);
        }
    }

    /** The client, for further connections (a consumer's own blocking connection, say). */
    public RedisClient client() {
        return client;
    }

    /** {@code host:port}, for messages and health; never the password. */
    public String address() {
        return address;
    }

    /** Shuts the client and its threads down; connections should be closed first. */
    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }

    /** {@code message} without the configured URI's password or user info ({@code redis://user:password@host}). */
    String redact(String message) {
        if (message == null) {
            return "no reason given";
        }
        String uri = configured.substring(configured.indexOf('=') + 1);
        int scheme = uri.indexOf("://");
        int at = uri.lastIndexOf('@');
        if (scheme < 0 || at < scheme) {
            return message;
        }
        String userInfo = uri.substring(scheme + 3, at);
        String password = userInfo.substring(userInfo.indexOf(':') + 1);
        return password.isEmpty() ? message : message.replace(userInfo, "***").replace(password, "***");
    }
}
