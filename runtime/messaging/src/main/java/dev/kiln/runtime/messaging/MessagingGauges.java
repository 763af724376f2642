package dev.kiln.runtime.messaging;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.BatchCallback;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.metrics.ObservableLongMeasurement;
import java.util.List;
import java.util.function.Supplier;

/**
 * Messaging's gauges, read from {@link MessagingOperations#stats()} when a metric reader collects (a scrape, an
 * export), never per message: per destination and consumer group, what is pending, the lag (not yet delivered at
 * all) and the age of the oldest pending message; per destination, the dead letters. On Redis a collection is a few
 * commands per stream; a transport that cannot answer (Redis away) reports nothing for that collection.
 */
final class MessagingGauges {
    private static final System.Logger LOGGER = System.getLogger(MessagingGauges.class.getName());

    private MessagingGauges() {}

    static BatchCallback register(Meter meter, String transportType, Supplier<MessagingOperations> operations) {
        String system = MessagingTelemetry.system(transportType);
        ObservableLongMeasurement pending = meter.gaugeBuilder("kiln.messaging.pending").ofLongs()
                .setUnit("{message}").setDescription("Messages accepted and not yet acknowledged, per group")
                .buildObserver();
        ObservableLongMeasurement lag = meter.gaugeBuilder("kiln.messaging.lag").ofLongs().setUnit("{message}")
                .setDescription("Pending messages not yet delivered at all, per group").buildObserver();
        ObservableDoubleMeasurement oldest = meter.gaugeBuilder("kiln.messaging.oldest_pending_age").setUnit("s")
                .setDescription("How long the oldest unacknowledged message of a group has waited").buildObserver();
        ObservableLongMeasurement deadLetters = meter.gaugeBuilder("kiln.messaging.dead_letters").ofLongs()
                .setUnit("{message}").setDescription("Dead letters a destination holds").buildObserver();
        return meter.batchCallback(() -> {
            List<DestinationStats> stats;
            try {
                stats = operations.get().stats();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.DEBUG, () -> "No messaging gauges this time: " + e.getMessage());
                return;
            }
            for (DestinationStats destination : stats) {
                Attributes where = Attributes.of(MessagingTelemetry.SYSTEM, system, MessagingTelemetry.DESTINATION,
                        destination.destination().name(), MessagingTelemetry.KIND,
                        destination.destination().kind().label());
                deadLetters.record(destination.deadLetters(), where);
                for (GroupStats group : destination.groups()) {
                    Attributes of = where.toBuilder().put(MessagingTelemetry.GROUP, group.group()).build();
                    pending.record(group.pending(), of);
                    lag.record(group.lag(), of);
                    oldest.record(group.oldestPendingAge().toNanos() / 1e9, of);
                }
            }
        }, pending, lag, oldest, deadLetters);
    }
}
