package dev.kiln.bench.messaging;

/**
 * One side of {@link RedisStreamsThroughput}: publishes {@link BenchTick}s to a Redis stream and handles them from
 * it (XADD → XREADGROUP → handler → XACK), on a Redis shared with the other side.
 */
interface StreamsContender extends AutoCloseable {

    String name();

    /** The stream and consumer group it uses, to see when everything is acknowledged. */
    String stream();

    String group();

    /** Starts consuming a fresh, empty stream; every handled tick goes to {@code latencies}. */
    void start(Latencies latencies);

    /** Publishes {@code tick}; returns once Redis has it (XADD answered). Called from several threads. */
    void publish(BenchTick tick);

    /** Stops consuming and deletes the stream (and its group). */
    void stop();

    @Override
    void close();
}
