package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.redis.RedisClients;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.EnvelopeCodec;
import dev.kiln.runtime.messaging.MessageNotAcceptedException;
import dev.kiln.runtime.messaging.MessagingOperations;
import dev.kiln.runtime.messaging.spi.ConsumerHandle;
import dev.kiln.runtime.messaging.spi.MessageConsumer;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.RedisCommand;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code kiln.messaging.transport=redis}: every destination is a Redis stream ({@code kiln:events:<topic>},
 * {@code kiln:queue:<name>}); each entry has one field, {@code envelope}, the CloudEvents JSON (and {@code group}
 * on a replayed dead letter, for the one group it is meant for). One connection carries publishes,
 * acknowledgements, claims and scripts; every consumer reads with blocking XREADGROUP on a connection of its own,
 * so a blocking read never stalls them. Commands fail fast while disconnected and time out after
 * {@code kiln.messaging.redis.timeout}; Lettuce reconnects on its own (at most a second apart).
 */
public final class RedisTransport implements MessageTransport {
    private static final System.Logger LOGGER = System.getLogger(RedisTransport.class.getName());
    static final String ENVELOPE = "envelope";
    static final String GROUP = "group";
    private static final RedisCodec<String, byte[]> READER_CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisMessagingSettings settings;
    private final RedisClients redis;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> commands;
    private final RedisAsyncCommands<String, String> async;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Set<Destination> known = ConcurrentHashMap.newKeySet();
    private final List<RedisConsumer> consumers = new CopyOnWriteArrayList<>();
    private final Map<String, String> shas = new ConcurrentHashMap<>();
    private final RedisOperations operations;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private RedisTransport(RedisMessagingSettings settings, RedisClients redis,
                           StatefulRedisConnection<String, String> connection, Clock clock) {
        this.settings = settings;
        this.redis = redis;
        this.connection = connection;
        this.commands = connection.sync();
        this.async = connection.async();
        this.clock = clock;
        this.scheduler = Executors.newScheduledThreadPool(1, r -> {
            Thread thread = new Thread(r, "kiln-messaging-redis");
            thread.setDaemon(true);
            return thread;
        });
        this.operations = new RedisOperations(this);
    }

    /** Connects; a Redis that cannot be reached fails the start, naming the address and never the password. */
    public static RedisTransport connect(RedisMessagingSettings settings, Clock clock) {
        long timeoutNanos = settings.timeout().toNanos();
        long blockingNanos = timeoutNanos + settings.block().toNanos();
        TimeoutOptions timeouts = TimeoutOptions.builder().timeoutSource(new TimeoutOptions.TimeoutSource() {
            @Override
            public long getTimeout(RedisCommand<?, ?, ?> command) {
                // A blocking read waits up to `block` on the server before it even answers.
                return command.getType() == CommandType.XREADGROUP ? blockingNanos : timeoutNanos;
            }

            @Override
            public TimeUnit getTimeUnit() {
                return TimeUnit.NANOSECONDS;
            }
        }).build();
        RedisClients redis = RedisClients.create(RedisMessagingSettings.URI, settings.uri(), settings.connectTimeout(),
                timeouts);
        return redis.connect("Messaging", client -> new RedisTransport(settings, redis, client.connect(), clock));
    }

    @Override
    public String type() {
        return "redis";
    }

    @Override
    public void publish(Destination destination, Envelope envelope) {
        known.add(destination);
        // XADD <stream> * envelope <json>: the envelope's UTF-8 bytes go out as they are (no String in between), and
        // the caller waits on the reply itself rather than through Lettuce's synchronous proxy.
        CommandArgs<String, String> args = new CommandArgs<>(StringCodec.UTF8).addKey(destination.stream()).add("*")
                .add(ENVELOPE).add(EnvelopeCodec.encodeToSend(envelope));
        try {
            LettuceFutures.awaitOrCancel(async.dispatch(CommandType.XADD, new StatusOutput<>(StringCodec.UTF8), args),
                    settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RedisCommandTimeoutException e) {
            throw new MessageNotAcceptedException(destination, "Redis at " + redis.address() + " (" + RedisMessagingSettings.URI
                    + ") did not confirm the message to " + destination.stream() + " within " + settings.timeout()
                    + " (kiln.messaging.redis.timeout); it may or may not have been stored", e);
        } catch (RedisException e) {
            throw new MessageNotAcceptedException(destination, "Redis at " + redis.address() + " (" + RedisMessagingSettings.URI
                    + ") did not accept the message to " + destination.stream() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void declare(Destination destination, String group) {
        known.add(destination);
        try {
            createGroup(destination.stream(), group);
        } catch (RedisException e) {
            throw new IllegalStateException("Messaging could not create consumer group '" + group + "' on "
                    + destination.stream() + " in Redis at " + redis.address() + " (" + RedisMessagingSettings.URI + "): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public ConsumerHandle consume(Destination destination, String group, MessageConsumer consumer) {
        known.add(destination);
        RedisConsumer running = new RedisConsumer(this, destination, group, consumer);
        consumers.add(running);
        running.start();
        return () -> {
            consumers.remove(running);
            running.close();
        };
    }

    @Override
    public MessagingOperations operations() {
        return operations;
    }

    @Override
    public Optional<String> connectionProblem() {
        try {
            commands.ping();
        } catch (RedisException e) {
            return Optional.of("Redis at " + redis.address() + " (" + RedisMessagingSettings.URI + ") is unreachable: "
                    + e.getMessage());
        }
        for (RedisConsumer consumer : consumers) {
            String problem = consumer.problem();
            if (problem != null) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        for (RedisConsumer consumer : consumers) {
            consumer.close();
        }
        consumers.clear();
        shutdown();
    }

    /**
     * Stops at once, as a crash would: consumers' connections are closed without waiting for handlers or
     * acknowledging anything; their entries stay pending for other consumers to reclaim (tests).
     */
    void abandon() {
        for (RedisConsumer consumer : consumers) {
            consumer.abandon();
        }
        consumers.clear();
        shutdown();
    }

    private void shutdown() {
        if (closed.getAndSet(true)) {
            return;
        }
        scheduler.shutdownNow();
        try {
            connection.close();
        } finally {
            redis.close();
        }
    }

    /** Creates {@code group} on {@code stream} from its first entry (and the stream if need be); idempotent. */
    void createGroup(String stream, String group) {
        try {
            commands.xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), group, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Runs a script by its digest, loading it again when Redis lost it (a restart). */
    <T> T eval(String script, ScriptOutputType type, String[] keys, String... args) {
        String sha = shas.computeIfAbsent(script, commands::digest);
        try {
            return commands.evalsha(sha, type, keys, args);
        } catch (RedisNoScriptException e) {
            return commands.eval(script, type, keys, args);
        }
    }

    /** A connection for one consumer's blocking reads: keys as strings, values as the bytes Redis holds. */
    StatefulRedisConnection<String, byte[]> newReaderConnection() {
        return redis.client().connect(READER_CODEC);
    }

    RedisCommands<String, String> commands() {
        return commands;
    }

    RedisAsyncCommands<String, String> async() {
        return async;
    }

    RedisMessagingSettings settings() {
        return settings;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Clock clock() {
        return clock;
    }

    String address() {
        return redis.address();
    }

    Set<Destination> known() {
        return known;
    }

    static void log(System.Logger.Level level, String message, Throwable error) {
        LOGGER.log(level, message, error);
    }
}
