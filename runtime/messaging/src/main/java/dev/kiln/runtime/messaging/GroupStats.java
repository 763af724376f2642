package dev.kiln.runtime.messaging;

import java.time.Duration;

/**
 * One consumer group of a destination.
 *
 * @param group            the group: the subscribing application, or {@link Destination#QUEUE_GROUP}
 * @param pending          accepted and not yet acknowledged: waiting, being handled, or waiting to be retried
 * @param lag              of those, not yet delivered at all
 * @param oldestPendingAge how long the oldest unacknowledged message has waited since the transport accepted
 *                         it (a replayed dead letter counts from its replay; {@link Duration#ZERO} when none)
 */
public record GroupStats(String group, long pending, long lag, Duration oldestPendingAge) {}
