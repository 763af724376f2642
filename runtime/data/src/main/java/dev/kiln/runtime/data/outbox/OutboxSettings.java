package dev.kiln.runtime.data.outbox;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Duration;

/**
 * {@code kiln.outbox.*}.
 *
 * @param interval    {@code kiln.outbox.interval} (default 100ms): how often the relay looks for committed entries
 *                    when the last look found fewer than a batch; the longest a committed publication waits
 * @param batchSize   {@code kiln.outbox.batch-size} (default 100): entries sent per look, in one transaction
 * @param createTable {@code kiln.outbox.create-table} (default true): create {@code kiln_outbox} at start if it is
 *                    missing; false for schemas managed by hand (the DDL is in docs/data.md)
 */
public record OutboxSettings(Duration interval, int batchSize, boolean createTable) {
    public static final String INTERVAL = "kiln.outbox.interval";
    public static final String BATCH_SIZE = "kiln.outbox.batch-size";
    public static final String CREATE_TABLE = "kiln.outbox.create-table";

    public OutboxSettings {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(INTERVAL + " must be positive: " + interval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(BATCH_SIZE + " must be at least 1: " + batchSize);
        }
    }

    public static OutboxSettings from(KilnConfig config) {
        return new OutboxSettings(config.getDuration(INTERVAL, Duration.ofMillis(100)),
                config.getInt(BATCH_SIZE, 100), config.getBoolean(CREATE_TABLE, true));
    }
}
