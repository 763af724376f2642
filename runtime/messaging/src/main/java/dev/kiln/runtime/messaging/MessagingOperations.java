package dev.kiln.runtime.messaging;

import java.util.List;

/**
 * Operating the messaging of an application: what is waiting where, and the dead letters. The same API for
 * every transport, and over HTTP ({@link MessagingEndpoint}): {@code GET /kiln/messaging} shows {@link #stats()},
 * {@code GET /kiln/messaging/<events|queue>/<name>/dead-letters} {@link #deadLetters}; replay and purge are
 * {@code POST …/dead-letters/<id>/replay}, {@code POST …/dead-letters/replay} and {@code DELETE …/dead-letters}.
 *
 * <pre>{@code
 * MessagingOperations ops = messaging.operations();
 * for (DeadLetter letter : ops.deadLetters(Destination.events("orders"), 100)) {
 *     log.warn(letter.envelope().id() + " failed " + letter.attempts() + " times: " + letter.error());
 * }
 * ops.replayAll(Destination.events("orders"));   // after fixing the handler
 * }</pre>
 */
public interface MessagingOperations {

    /**
     * Every destination this instance publishes to or consumes, with each consumer group known on it (on Redis
     * also other applications' groups) and its dead-letter count, sorted by kind and name.
     */
    List<DestinationStats> stats();

    /**
     * One group of one destination, as {@link #stats()} would show it, or empty when the group does not exist;
     * cheaper than {@link #stats()} (the readiness check asks only for the groups the application consumes).
     */
    default java.util.Optional<GroupStats> groupStats(Destination destination, String group) {
        return stats().stream().filter(s -> s.destination().equals(destination))
                .flatMap(s -> s.groups().stream()).filter(g -> g.group().equals(group)).findFirst();
    }

    /** How many dead letters {@code destination} holds. */
    long deadLetterCount(Destination destination);

    /** Up to {@code limit} of {@code destination}'s dead letters, oldest first. */
    List<DeadLetter> deadLetters(Destination destination, int limit);

    /**
     * Dead letter {@code deadLetterId} of {@code destination}, or empty when there is none of that id, whatever
     * the id looks like (an operator may type anything). The default looks through {@link #deadLetters}; a
     * transport that can find one by its id overrides it.
     */
    default java.util.Optional<DeadLetter> deadLetter(Destination destination, String deadLetterId) {
        return deadLetters(destination, Integer.MAX_VALUE).stream().filter(l -> l.id().equals(deadLetterId))
                .findFirst();
    }

    /**
     * Puts dead letter {@code deadLetterId} back on {@code destination} for the group it failed in (other
     * groups do not see it again), with attempts starting over at 1 and the same CloudEvents id; removes it from
     * the dead letters.
     *
     * @return false when there is no such dead letter
     */
    boolean replay(Destination destination, String deadLetterId);

    /** {@link #replay}s every dead letter of {@code destination}; returns how many. */
    int replayAll(Destination destination);

    /** Deletes every dead letter of {@code destination}; returns how many. */
    long purgeDeadLetters(Destination destination);
}
