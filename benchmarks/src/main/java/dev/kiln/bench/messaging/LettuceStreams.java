package dev.kiln.bench.messaging;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.EnvelopeCodec;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The hand-written baseline: Lettuce, XADD of the payload's JSON (the same generated codec, no envelope) on one
 * shared connection; one reader thread on a connection of its own doing XREADGROUP COUNT 100 BLOCK, decoding and
 * handling each entry, then one XACK for the whole batch. What a careful engineer writes without a framework.
 */
final class LettuceStreams implements StreamsContender {
    /**
     * {@code -Dkiln.bench.envelope=true}: the loop writes and reads Kiln's CloudEvents envelope (the same bytes Kiln
     * publishes, read with {@code EnvelopeCodec} and then the payload's codec) instead of the payload alone: it
     * separates what the envelope costs from what Kiln's pipeline costs.
     */
    private static final boolean ENVELOPE = Boolean.getBoolean("kiln.bench.envelope");
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> shared;
    private final RedisCommands<String, String> commands;
    private volatile boolean running;
    private Thread reader;

    LettuceStreams(String redisUri) {
        this.client = RedisClient.create(redisUri);
        this.shared = client.connect();
        this.commands = shared.sync();
    }

    @Override
    public String name() {
        return "lettuce";
    }

    @Override
    public String stream() {
        return "baseline:bench";
    }

    @Override
    public String group() {
        return "baseline";
    }

    @Override
    public void start(Latencies latencies) {
        commands.xgroupCreate(XReadArgs.StreamOffset.from(stream(), "0"), group(), XGroupCreateArgs.Builder.mkstream());
        running = true;
        reader = Thread.ofPlatform().name("baseline-reader").start(() -> read(latencies));
    }

    private void read(Latencies latencies) {
        Consumer<String> me = Consumer.from(group(), "baseline-1");
        XReadArgs args = XReadArgs.Builder.block(Duration.ofMillis(100)).count(100);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> blocking = connection.sync();
            while (running) {
                List<StreamMessage<String, String>> batch = blocking.xreadgroup(me, args,
                        XReadArgs.StreamOffset.lastConsumed(stream()));
                if (batch.isEmpty()) {
                    continue;
                }
                String[] ids = new String[batch.size()];
                for (int i = 0; i < ids.length; i++) {
                    StreamMessage<String, String> entry = batch.get(i);
                    byte[] data = entry.getBody().get("data").getBytes(StandardCharsets.UTF_8);
                    latencies.record(ENVELOPE ? EnvelopeCodec.decode(data).payload(BenchTickJsonCodec.INSTANCE)
                            : Json.decode(BenchTickJsonCodec.INSTANCE, data));
                    ids[i] = entry.getId();
                }
                commands.xack(stream(), group(), ids);
            }
        }
    }

    @Override
    public void publish(BenchTick tick) {
        byte[] json = ENVELOPE
                ? EnvelopeCodec.encodeToSend(Envelope.of("/bench-pub", "bench.sent", Instant.now(),
                        BenchTickJsonCodec.INSTANCE, tick, null, null))
                : Json.encode(BenchTickJsonCodec.INSTANCE, tick);
        commands.xadd(stream(), "data", new String(json, StandardCharsets.UTF_8));
    }

    @Override
    public void stop() {
        running = false;
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commands.del(stream());
    }

    @Override
    public void close() {
        shared.close();
        client.shutdown();
    }
}
