package dev.kiln.runtime.messaging;

import java.util.List;

/**
 * One destination as {@link MessagingOperations#stats()} sees it.
 *
 * @param destination the topic or queue
 * @param groups      its consumer groups, by name
 * @param deadLetters how many dead letters {@code <stream>:dlq} holds
 */
public record DestinationStats(Destination destination, List<GroupStats> groups, long deadLetters) {
    public DestinationStats {
        groups = List.copyOf(groups);
    }
}
