package dev.kiln.runtime.messaging;

import dev.kiln.runtime.messaging.spi.ConsumerHandle;
import dev.kiln.runtime.messaging.spi.MessageConsumer;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code kiln.messaging.transport=memory} (the default): messages stay in this process. Each consumer group of
 * a destination has its own bounded buffer ({@code kiln.messaging.memory.capacity} messages, counting those
 * waiting, being handled and waiting to retry): a publish that finds a group's buffer full waits for room, up to
 * {@code kiln.messaging.memory.publish-timeout}, and then throws {@link MessageNotAcceptedException}; nothing is
 * ever dropped. Events published to a topic no group has declared are accepted and go nowhere (no subscriber
 * in this process); a queue keeps its messages until a consumer comes.
 *
 * <p>At-least-once while the process lives: a message is released from the buffer only after its handler
 * returns or it becomes a dead letter; what is pending when the process stops is lost.
 *
 * <p>Nothing leaves the process, so nothing is written as JSON on the way: the subscriber gets the published
 * payload object ({@link Envelope}), and JSON is written only when something asks for bytes (a dead letter shown
 * by the operations endpoint). A publish takes room with one compare-and-set, adds to a lock-free queue and, only
 * when no worker is running, starts one; workers take messages one after the other until they run dry
 * ({@link MemoryGroup}, {@link MemoryConsumer}).
 */
public final class InMemoryTransport implements MessageTransport {
    private final int capacity;
    private final Duration publishTimeout;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Map<Destination, MemoryTopic> topics = new ConcurrentHashMap<>();
    /** Written without a lock by publishers: a stale or lost value only costs a map lookup. */
    private MemoryTopic lastTopic;
    private final AtomicLong deadLetterNumbers = new AtomicLong();
    private final Operations operations = new Operations();

    /**
     * @param capacity       messages each group may hold
     * @param publishTimeout how long a publish waits for room before it fails
     * @param clock          for publication ages and dead-letter times
     */
    public InMemoryTransport(int capacity, Duration publishTimeout, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("kiln.messaging.memory.capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.publishTimeout = Objects.requireNonNull(publishTimeout, "publishTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kiln-messaging-retries");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String type() {
        return "memory";
    }

    @Override
    public void publish(Destination destination, Envelope envelope) {
        MemoryGroup[] groups = topic(destination).groups();
        // Room in every group first, so that a refusal leaves no group with the message.
        long deadline = 0;
        for (int i = 0; i < groups.length; i++) {
            if (!groups[i].tryReserve()) {
                if (deadline == 0) {
                    deadline = System.nanoTime() + publishTimeout.toNanos();
                }
                waitForRoom(destination, groups, i, deadline);
            }
        }
        for (MemoryGroup group : groups) {
            group.dispatch(envelope);
        }
    }

    private void waitForRoom(Destination destination, MemoryGroup[] groups, int index, long deadline) {
        MemoryGroup group = groups[index];
        try {
            if (group.reserve(deadline)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unreserve(groups, index);
            throw new MessageNotAcceptedException(destination, "Interrupted while waiting for room on " + destination, e);
        }
        unreserve(groups, index);
        throw new MessageNotAcceptedException(destination, "The in-process buffer of " + destination
                + " for group '" + group.name + "' stayed full for " + publishTimeout
                + " (kiln.messaging.memory.capacity " + capacity + ", kiln.messaging.memory.publish-timeout):"
                + " its handlers are not keeping up", null);
    }

    private static void unreserve(MemoryGroup[] groups, int before) {
        for (int i = 0; i < before; i++) {
            groups[i].unreserve();
        }
    }

    @Override
    public void declare(Destination destination, String group) {
        topic(destination).group(group);
    }

    @Override
    public ConsumerHandle consume(Destination destination, String groupName, MessageConsumer consumer) {
        return topic(destination).group(groupName).attach(consumer);
    }

    @Override
    public MessagingOperations operations() {
        return operations;
    }

    @Override
    public void close() {
        for (MemoryTopic topic : topics.values()) {
            for (MemoryGroup group : topic.groups()) {
                group.detachAll();
            }
        }
        timer.shutdownNow();
    }

    private MemoryTopic topic(Destination destination) {
        // The last topic, compared first, saves hashing the destination while one publisher publishes.
        MemoryTopic topic = lastTopic;
        if (topic != null && topic.destination.equals(destination)) {
            return topic;
        }
        topic = topics.get(destination);
        if (topic == null) {
            topic = topics.computeIfAbsent(destination, d -> new MemoryTopic(d, this));
        }
        lastTopic = topic;
        return topic;
    }

    int capacity() {
        return capacity;
    }

    Clock clock() {
        return clock;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    long nextDeadLetterNumber() {
        return deadLetterNumbers.incrementAndGet();
    }

    private final class Operations implements MessagingOperations {
        @Override
        public List<DestinationStats> stats() {
            List<DestinationStats> stats = new ArrayList<>();
            topics.values().stream().sorted(Comparator.comparing(t -> t.destination)).forEach(topic -> {
                List<GroupStats> groups = java.util.Arrays.stream(topic.groups()).map(MemoryGroup::stats)
                        .sorted(Comparator.comparing(GroupStats::group)).toList();
                stats.add(new DestinationStats(topic.destination, groups, topic.deadLetters.size()));
            });
            return stats;
        }

        @Override
        public long deadLetterCount(Destination destination) {
            MemoryTopic topic = topics.get(destination);
            return topic == null ? 0 : topic.deadLetters.size();
        }

        @Override
        public List<DeadLetter> deadLetters(Destination destination, int limit) {
            MemoryTopic topic = topics.get(destination);
            return topic == null ? List.of() : topic.deadLetters.values().stream().limit(limit).toList();
        }

        @Override
        public boolean replay(Destination destination, String deadLetterId) {
            MemoryTopic topic = topics.get(destination);
            DeadLetter letter = topic == null ? null : topic.deadLetters.remove(deadLetterId);
            if (letter == null) {
                return false;
            }
            try {
                topic.group(letter.group()).replay(letter.envelope(), publishTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                topic.deadLetters.put(deadLetterId, letter);
                throw new MessageNotAcceptedException(destination, "Interrupted replaying " + deadLetterId, e);
            } catch (MessageNotAcceptedException e) {
                topic.deadLetters.put(deadLetterId, letter);
                throw e;
            }
            return true;
        }

        @Override
        public int replayAll(Destination destination) {
            MemoryTopic topic = topics.get(destination);
            if (topic == null) {
                return 0;
            }
            int replayed = 0;
            for (String id : List.copyOf(topic.deadLetters.keySet())) {
                if (replay(destination, id)) {
                    replayed++;
                }
            }
            return replayed;
        }

        @Override
        public long purgeDeadLetters(Destination destination) {
            MemoryTopic topic = topics.get(destination);
            if (topic == null) {
                return 0;
            }
            long purged = 0;
            for (String id : List.copyOf(topic.deadLetters.keySet())) {
                if (topic.deadLetters.remove(id) != null) {
                    purged++;
                }
            }
            return purged;
        }
    }
}
