package dev.kiln.runtime.data;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.BatchCallback;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import java.util.List;

/**
 * HikariCP's pool on OpenTelemetry's database-connection conventions, written on the OTel API (the
 * opentelemetry-hikaricp instrumentation does not resolve here): HikariCP calls the tracker when a connection is
 * created, borrowed, returned or timed out; the pool's counts are observed from its {@link PoolStats} when a metric
 * reader collects, not per borrow. Series, each with {@code db.client.connection.pool.name}:
 * {@code db.client.connection.count} ({@code db.client.connection.state} = {@code idle} | {@code used}),
 * {@code .idle.max}, {@code .idle.min}, {@code .max}, {@code .pending_requests}, {@code .timeouts} and the histograms
 * {@code .create_time}, {@code .wait_time}, {@code .use_time} (seconds).
 *
 * <pre>{@code
 * hikariDataSource.setMetricsTrackerFactory(new PoolMetrics(telemetry.meter()));   // before the pool starts
 * }</pre>
 */
public final class PoolMetrics implements MetricsTrackerFactory {
    static final AttributeKey<String> POOL = AttributeKey.stringKey("db.client.connection.pool.name");
    static final AttributeKey<String> STATE = AttributeKey.stringKey("db.client.connection.state");
    /** The semantic conventions' advice for the connection-time histograms, in seconds. */
    private static final List<Double> BUCKETS = List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0);

    private final Meter meter;

    public PoolMetrics(Meter meter) {
        this.meter = meter;
    }

    @Override
    public IMetricsTracker create(String poolName, PoolStats stats) {
        Attributes pool = Attributes.of(POOL, poolName);
        Attributes idle = Attributes.of(POOL, poolName, STATE, "idle");
        Attributes used = Attributes.of(POOL, poolName, STATE, "used");
        ObservableLongMeasurement count = meter.upDownCounterBuilder("db.client.connection.count")
                .setUnit("{connection}").setDescription("Connections in the pool, by state").buildObserver();
        ObservableLongMeasurement idleMax = meter.upDownCounterBuilder("db.client.connection.idle.max")
                .setUnit("{connection}").setDescription("The most idle connections the pool keeps").buildObserver();
        ObservableLongMeasurement idleMin = meter.upDownCounterBuilder("db.client.connection.idle.min")
                .setUnit("{connection}").setDescription("The fewest idle connections the pool keeps").buildObserver();
        ObservableLongMeasurement max = meter.upDownCounterBuilder("db.client.connection.max")
                .setUnit("{connection}").setDescription("The most connections the pool opens").buildObserver();
        ObservableLongMeasurement pending = meter.upDownCounterBuilder("db.client.connection.pending_requests")
                .setUnit("{request}").setDescription("Threads waiting for a connection").buildObserver();
        BatchCallback observed = meter.batchCallback(() -> {
            count.record(stats.getIdleConnections(), idle);
            count.record(stats.getActiveConnections(), used);
            // HikariCP keeps idle connections up to the pool's size, and minimumIdle of them at least.
            idleMax.record(stats.getMaxConnections(), pool);
            idleMin.record(stats.getMinConnections(), pool);
            max.record(stats.getMaxConnections(), pool);
            pending.record(stats.getPendingThreads(), pool);
        }, count, idleMax, idleMin, max, pending);
        LongCounter timeouts = meter.counterBuilder("db.client.connection.timeouts").setUnit("{timeout}")
                .setDescription("Borrows that gave up waiting for a connection").build();
        DoubleHistogram createTime = histogram("db.client.connection.create_time", "Time to open a new connection");
        DoubleHistogram waitTime = histogram("db.client.connection.wait_time", "Time to borrow a connection");
        DoubleHistogram useTime = histogram("db.client.connection.use_time", "Time a borrowed connection was held");
        return new IMetricsTracker() {
            @Override
            public void recordConnectionCreatedMillis(long millis) {
                createTime.record(millis / 1e3, pool);
            }

            @Override
            public void recordConnectionAcquiredNanos(long nanos) {
                waitTime.record(nanos / 1e9, pool);
            }

            @Override
            public void recordConnectionUsageMillis(long millis) {
                useTime.record(millis / 1e3, pool);
            }

            @Override
            public void recordConnectionTimeout() {
                timeouts.add(1, pool);
            }

            @Override
            public void close() {
                observed.close();   // the pool is closed: nothing left to observe
            }
        };
    }

    private DoubleHistogram histogram(String name, String description) {
        return meter.histogramBuilder(name).setUnit("s").setDescription(description)
                .setExplicitBucketBoundariesAdvice(BUCKETS).build();
    }
}
