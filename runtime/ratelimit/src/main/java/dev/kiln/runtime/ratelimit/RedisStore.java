package dev.kiln.runtime.ratelimit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Lettuce client and connection shared by every Redis limiter of an application, and the script they
 * run. The script does the whole GCRA step in Redis, atomically, on Redis's clock ({@code TIME}), so any
 * number of instances share one budget whatever their own clocks say. Commands fail fast instead of
 * queueing while disconnected, and time out after {@code kiln.ratelimit.redis.timeout}: a rate limit check
 * must not hold a request for long because Redis is away.
 */
final class RedisStore implements AutoCloseable {
    /**
     * KEYS[1] the bucket; ARGV[1] the interval in µs; ARGV[2] the permits. Returns {allowed (1|0), remaining,
     * reset µs, retry-after µs}. Times are µs since the epoch, exact in Lua's doubles until the year 2255;
     * string.format keeps all their digits where tostring would round to 14.
     */
    static final String SCRIPT = """
            if redis.replicate_commands then pcall(redis.replicate_commands) end
            local interval = tonumber(ARGV[1])
            local window = interval * tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local tat = tonumber(redis.call('GET', KEYS[1]))
            if tat == nil or tat < now then tat = now end
            local nextTat = tat + interval
            if nextTat - now > window then
              return {0, 0, tat - now, nextTat - now - window}
            end
            redis.call('SET', KEYS[1], string.format('%d', nextTat), 'PX', math.ceil((nextTat - now) / 1000))
            return {1, math.floor((window - (nextTat - now)) / interval), nextTat - now, 0}
            """;

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final String sha;
    private final StoreFailures failures;
    private final String address;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisStore(RedisClient client, StatefulRedisConnection<String, String> connection, StoreFailures failures,
                       String address) {
        this.address = address;
        this.client = client;
        this.connection = connection;
        this.commands = connection.sync();
        this.sha = commands.digest(SCRIPT);
        this.failures = failures;
    }

    /**
     * Connects to {@code uri}. A Redis that cannot be reached at startup fails the startup, naming the address
     * (never the password): a wrong address should be found at deploy time, not by a silent fail-open.
     */
    static RedisStore connect(String uri, Duration timeout, Duration connectTimeout, boolean failOpen) {
        RedisURI redisUri;
        try {
            redisUri = RedisURI.create(uri);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("kiln.ratelimit.redis.uri is not a Redis URI (redis://host:port): "
                    + e.getMessage(), e);
        }
        // The URI's timeout bounds the connection handshake: a cold JVM needs more than one check's budget.
        redisUri.setTimeout(connectTimeout);
        String address = redisUri.getHost() + ":" + redisUri.getPort();
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
                .build());
        try {
            return new RedisStore(client, client.connect(), new StoreFailures("redis " + address, failOpen), address);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw new IllegalStateException("Rate limiting could not connect to Redis at " + address
                    + " (kiln.ratelimit.redis.uri): " + e.getMessage(), e);
        }
    }

    /** Runs one GCRA step for {@code key}; any Redis failure becomes the failure policy's decision. */
    Decision acquire(Limit limit, String key, String intervalMicros, String permits) {
        String[] keys = {key};
        try {
            List<Long> reply;
            try {
                reply = commands.evalsha(sha, ScriptOutputType.MULTI, keys, intervalMicros, permits);
            } catch (RedisNoScriptException e) {
                // Redis restarted or its script cache was flushed; EVAL runs the script and caches it again.
                reply = commands.eval(SCRIPT, ScriptOutputType.MULTI, keys, intervalMicros, permits);
            }
            return decision(limit, reply);
        } catch (RuntimeException e) {
            return failures.failed(limit, e);
        }
    }

    private static Decision decision(Limit limit, List<Long> reply) {
        if (reply == null || reply.size() != 4) {
            throw new RedisException("Unexpected reply from the rate limit script: " + reply);
        }
        long reset = reply.get(2) * 1_000L;
        if (reply.get(0) == 1L) {
            return Decision.allow(limit.permits(), Math.toIntExact(reply.get(1)), reset);
        }
        return Decision.deny(limit.permits(), reset, reply.get(3) * 1_000L);
    }

    /** {@code host:port}; never the password. */
    String address() {
        return address;
    }

    /** Whether the connection is up now; Lettuce reconnects on its own after an outage. */
    boolean isConnected() {
        return !closed.get() && connection.isOpen();
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            connection.close();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
