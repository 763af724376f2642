package dev.kiln.runtime.messaging;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** One destination of the in-process transport: its consumer groups and its dead letters. */
final class MemoryTopic {
    final Destination destination;
    private final InMemoryTransport transport;
    /** Replaced, never changed in place: a publish reads it once, without a lock. */
    private volatile MemoryGroup[] groups = new MemoryGroup[0];
    /**
     * By id in the order they came: {@code dl-9} before {@code dl-10} (shorter first, then by text, which is numeric
     * order for one prefix); an id of another shape is simply not found, never an exception.
     */
    final Map<String, DeadLetter> deadLetters = new ConcurrentSkipListMap<>(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    MemoryTopic(Destination destination, InMemoryTransport transport) {
        this.destination = destination;
        this.transport = transport;
        if (destination.kind() == Destination.Kind.QUEUE) {
            group(Destination.QUEUE_GROUP);   // a queue keeps messages for the consumer to come
        }
    }

    MemoryGroup[] groups() {
        return groups;
    }

    synchronized MemoryGroup group(String name) {
        for (MemoryGroup group : groups) {
            if (group.name.equals(name)) {
                return group;
            }
        }
        MemoryGroup group = new MemoryGroup(this, name, transport);
        MemoryGroup[] more = Arrays.copyOf(groups, groups.length + 1);
        more[groups.length] = group;
        groups = more;
        return group;
    }

    void deadLetter(MemoryGroup group, Envelope envelope, Throwable error, int attempts) {
        String id = "dl-" + transport.nextDeadLetterNumber();
        deadLetters.put(id, new DeadLetter(id, destination, group.name, envelope, DeadLetter.describe(error),
                attempts, transport.clock().instant()));
    }
}
