package dev.kiln.runtime.messaging;

import dev.kiln.runtime.messaging.spi.ConsumerHandle;
import dev.kiln.runtime.messaging.spi.DeliveryExecutor;
import dev.kiln.runtime.messaging.spi.MessageConsumer;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 */
public final class InMemoryTransport implements MessageTransport {
    private final int capacity;
    private final Duration publishTimeout;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Map<Destination, Topic> topics = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
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
        Topic topic = topic(destination);
        if (destination.kind() == Destination.Kind.QUEUE) {
            topic.group(Destination.QUEUE_GROUP);   // a queue keeps messages for the consumer to come
        }
        List<Group> groups = List.copyOf(topic.groups);
        long deadline = System.nanoTime() + publishTimeout.toNanos();
        List<Group> reserved = new ArrayList<>(groups.size());
        try {
            for (Group group : groups) {
                if (!group.room.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new MessageNotAcceptedException(destination, "The in-process buffer of " + destination
                            + " for group '" + group.name + "' stayed full for " + publishTimeout
                            + " (kiln.messaging.memory.capacity " + capacity + ", kiln.messaging.memory.publish-timeout):"
                            + " its handlers are not keeping up", null);
                }
                reserved.add(group);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reserved.forEach(g -> g.room.release());
            throw new MessageNotAcceptedException(destination, "Interrupted while waiting for room on " + destination, e);
        } catch (MessageNotAcceptedException e) {
            reserved.forEach(g -> g.room.release());
            throw e;
        }
        Instant now = clock.instant();
        for (Group group : groups) {
            group.add(new Entry(sequence.incrementAndGet(), envelope, now));
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
        for (Topic topic : topics.values()) {
            for (Group group : topic.groups) {
                group.detachAll();
            }
        }
        timer.shutdownNow();
    }

    private Topic topic(Destination destination) {
        return topics.computeIfAbsent(destination, Topic::new);
    }

    /** One destination: its groups and its dead letters. */
    private final class Topic {
        final Destination destination;
        final List<Group> groups = new CopyOnWriteArrayList<>();
        final Map<String, DeadLetter> deadLetters = new ConcurrentSkipListMap<>(
                Comparator.comparingLong((String id) -> Long.parseLong(id.substring(3))));

        Topic(Destination destination) {
            this.destination = destination;
        }

        synchronized Group group(String name) {
            for (Group group : groups) {
                if (group.name.equals(name)) {
                    return group;
                }
            }
            Group group = new Group(this, name);
            groups.add(group);
            return group;
        }

        void deadLetter(Group group, Entry entry, Throwable error, int attempts) {
            String id = "dl-" + sequence.incrementAndGet();
            deadLetters.put(id, new DeadLetter(id, destination, group.name, entry.envelope, DeadLetter.describe(error),
                    attempts, clock.instant()));
        }
    }

    /** A message held for one group. */
    private static final class Entry {
        final long seq;
        final Envelope envelope;
        final Instant acceptedAt;
        volatile boolean delivered;
        int attempt;

        Entry(long seq, Envelope envelope, Instant acceptedAt) {
            this.seq = seq;
            this.envelope = envelope;
            this.acceptedAt = acceptedAt;
        }
    }

    /** One attached consumer of a group, with its executor and the entries handed to it and not yet done. */
    private record Attached(MessageConsumer consumer, DeliveryExecutor executor, Set<Entry> assigned) {}

    /**
     * One consumer group: its buffer, its pending messages and its consumers, which compete: a message goes to
     * one of them (by ordering key, so that a key stays with one consumer; round robin without a key).
     */
    private final class Group {
        final Topic topic;
        final String name;
        final Semaphore room = new Semaphore(capacity);
        final ConcurrentSkipListMap<Long, Entry> pending = new ConcurrentSkipListMap<>();
        final ArrayDeque<Entry> waiting = new ArrayDeque<>();
        final List<Attached> consumers = new ArrayList<>();
        int next;

        Group(Topic topic, String name) {
            this.topic = topic;
            this.name = name;
        }

        /** Takes an entry whose room is reserved. */
        void add(Entry entry) {
            pending.put(entry.seq, entry);
            synchronized (this) {
                if (consumers.isEmpty()) {
                    waiting.add(entry);
                    return;
                }
                submit(entry);
            }
        }

        synchronized ConsumerHandle attach(MessageConsumer consumer) {
            Attached attached = new Attached(consumer, new DeliveryExecutor("kiln-messaging-"
                    + topic.destination.name() + "-" + name, consumer.concurrency(), Integer.MAX_VALUE, timer),
                    ConcurrentHashMap.newKeySet());
            consumers.add(attached);
            for (Entry entry = waiting.poll(); entry != null; entry = waiting.poll()) {
                submit(entry);
            }
            return () -> detach(attached);
        }

        void detachAll() {
            List<Attached> all;
            synchronized (this) {
                all = List.copyOf(consumers);
            }
            all.forEach(this::detach);
        }

        void detach(Attached attached) {
            synchronized (this) {
                if (!consumers.remove(attached)) {
                    return;
                }
            }
            attached.executor.close(Duration.ofSeconds(10));
            synchronized (this) {
                // What it had not finished goes, in order, to the group's other consumers, or waits for one.
                attached.assigned.stream().filter(e -> pending.containsKey(e.seq))
                        .sorted(Comparator.comparingLong((Entry e) -> e.seq)).forEach(e -> {
                            e.delivered = false;
                            if (consumers.isEmpty()) {
                                waiting.add(e);
                            } else {
                                submit(e);
                            }
                        });
                attached.assigned.clear();
            }
        }

        /** Called holding this group's monitor, with a consumer attached. */
        private void submit(Entry entry) {
            String key = entry.envelope.orderingKey();
            int index = key != null ? Math.floorMod(key.hashCode(), consumers.size()) : Math.floorMod(next++, consumers.size());
            Attached target = consumers.get(Math.max(0, index));
            try {
                target.assigned.add(entry);
                // Never blocks: the executor's bound is this group's room, already reserved.
                target.executor.submit(key, () -> deliver(target, entry));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                target.assigned.remove(entry);
                waiting.add(entry);
            }
        }

        private Duration deliver(Attached attached, Entry entry) {
            MessageConsumer target = attached.consumer;
            if (!pending.containsKey(entry.seq)) {
                attached.assigned.remove(entry);
                return null;
            }
            entry.delivered = true;
            int attempt = ++entry.attempt;
            try {
                target.handle(entry.envelope, attempt);
            } catch (Throwable failure) {
                RetryPolicy policy = target.retryPolicy(entry.envelope.type());
                if (!policy.exhausted(attempt)) {
                    return policy.delayBefore(attempt + 1);
                }
                topic.deadLetter(this, entry, failure, attempt);
            }
            release(entry);
            attached.assigned.remove(entry);
            return null;
        }

        private void release(Entry entry) {
            if (pending.remove(entry.seq) != null) {
                room.release();
            }
        }

        GroupStats stats() {
            long lag = 0;
            for (Entry entry : pending.values()) {
                if (!entry.delivered) {
                    lag++;
                }
            }
            Map.Entry<Long, Entry> oldest = pending.firstEntry();
            Duration age = oldest == null ? Duration.ZERO
                    : Duration.between(oldest.getValue().acceptedAt, clock.instant());
            return new GroupStats(name, pending.size(), lag, age.isNegative() ? Duration.ZERO : age);
        }
    }

    private final class Operations implements MessagingOperations {
        @Override
        public List<DestinationStats> stats() {
            List<DestinationStats> stats = new ArrayList<>();
            topics.values().stream().sorted(Comparator.comparing(t -> t.destination)).forEach(topic -> {
                List<GroupStats> groups = topic.groups.stream().map(Group::stats)
                        .sorted(Comparator.comparing(GroupStats::group)).toList();
                stats.add(new DestinationStats(topic.destination, groups, topic.deadLetters.size()));
            });
            return stats;
        }

        @Override
        public long deadLetterCount(Destination destination) {
            Topic topic = topics.get(destination);
            return topic == null ? 0 : topic.deadLetters.size();
        }

        @Override
        public List<DeadLetter> deadLetters(Destination destination, int limit) {
            Topic topic = topics.get(destination);
            return topic == null ? List.of() : topic.deadLetters.values().stream().limit(limit).toList();
        }

        @Override
        public boolean replay(Destination destination, String deadLetterId) {
            Topic topic = topics.get(destination);
            DeadLetter letter = topic == null ? null : topic.deadLetters.remove(deadLetterId);
            if (letter == null) {
                return false;
            }
            Group group = topic.group(letter.group());
            try {
                if (!group.room.tryAcquire(publishTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    topic.deadLetters.put(deadLetterId, letter);
                    throw new MessageNotAcceptedException(destination, "No room to replay " + deadLetterId + " on "
                            + destination + " for group '" + group.name + "'", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                topic.deadLetters.put(deadLetterId, letter);
                throw new MessageNotAcceptedException(destination, "Interrupted replaying " + deadLetterId, e);
            }
            group.add(new Entry(sequence.incrementAndGet(), letter.envelope(), clock.instant()));
            return true;
        }

        @Override
        public int replayAll(Destination destination) {
            Topic topic = topics.get(destination);
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
            Topic topic = topics.get(destination);
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
