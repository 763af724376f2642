package dev.kiln.runtime.messaging;

import dev.kiln.runtime.messaging.spi.MessageConsumer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One consumer group of an in-process destination: its bound, its consumers (which compete: a message goes to
 * one of them, by ordering key so that a key stays with one consumer, round robin without a key) and what waits
 * while it has none.
 *
 * <p>The bound counts every message accepted and not yet released (waiting, being handled, waiting to retry) as
 * counters that only grow: {@code accepted}, written by publishers, and the released counts, one per consumer
 * ({@link Releases}) plus one for the group. A publish compares {@code accepted} with the last sum of releases it
 * read plus the capacity and sums them again only when that says full, so publishers and handlers do not share a
 * cache line written per message. A publisher that finds it full waits on a condition that a release signals
 * while someone waits.
 *
 * <p>A message is held as its {@link Envelope} while it has never been tried (the common case: nothing is
 * allocated per message and group), and as a {@link Held} once it needs more: an attempt count to carry across
 * retries, or its own acceptance time (a replay).
 */
final class MemoryGroup {
    private static final MemoryConsumer[] NONE = new MemoryConsumer[0];
    /** How often a publisher that finds no room yields and looks again before it sleeps. */
    private static final int ROOM_SPINS = 200;
    /** The longest a publisher waiting for room sleeps before it looks again by itself. */
    private static final long MAX_SLEEP = TimeUnit.MILLISECONDS.toNanos(10);

    final MemoryTopic topic;
    final String name;
    final InMemoryTransport transport;
    private final int capacity;
    /** The room a publisher that found none waits for before it goes on: a quarter of the buffer, at most 1024. */
    private final int batch;
    /**
     * {@code accepted}, alone in the middle of 256 bytes: a small object of its own would share a cache line with
     * its neighbours (this group's fields, which handler threads read on every release), and every publish would
     * then take that line back from them.
     */
    private final AtomicLongArray acceptedCell = new AtomicLongArray(2 * PAD);
    private static final int PAD = 16;
    /** Releases not made by a consumer's handlers: given-back reservations, and detached consumers' counts. */
    private final LongAdder released = new LongAdder();
    /** The counts of the consumers attached (and of those detaching); replaced, never changed in place. */
    private volatile Releases[] releases = new Releases[0];
    /** A recent {@link #released()}; stale values are lower, so they only make a publisher look again. */
    private volatile long releasedSeen;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private volatile int waitingPublishers;
    private volatile MemoryConsumer[] consumers = NONE;
    /** Messages accepted while no consumer is attached; guarded by {@link #lock}. */
    private final ArrayDeque<Object> unassigned = new ArrayDeque<>();
    /** Round robin over the consumers; a lost update only changes who gets a message. */
    private int next;

    /** A message that has been tried, or was replayed: what its envelope alone cannot say. */
    static final class Held {
        final Envelope envelope;
        final Instant acceptedAt;
        int attempts;
        /** Set while it waits for its retry: its key is busy, it goes first when it is due. */
        boolean ownsKey;
        /** The wait before its next attempt. */
        Duration delay = Duration.ZERO;

        Held(Envelope envelope, Instant acceptedAt, int attempts) {
            this.envelope = envelope;
            this.acceptedAt = acceptedAt;
            this.attempts = attempts;
        }
    }

    MemoryGroup(MemoryTopic topic, String name, InMemoryTransport transport) {
        this.topic = topic;
        this.name = name;
        this.transport = transport;
        this.capacity = transport.capacity();
        this.batch = Math.max(1, Math.min(capacity / 4, 1024));
    }

    /**
     * The messages one consumer has released. With one handler thread at a time it is written with a plain
     * ordered store (no read-modify-write per message); with several, atomically.
     */
    static final class Releases {
        private final AtomicLong count = new AtomicLong();
        private final boolean single;

        Releases(boolean single) {
            this.single = single;
        }

        void increment() {
            if (single) {
                count.lazySet(count.getPlain() + 1);
            } else {
                count.incrementAndGet();
            }
        }

        long get() {
            return count.get();
        }
    }

    private long released() {
        long sum = released.sum();
        for (Releases counter : releases) {
            sum += counter.get();
        }
        return sum;
    }

    int capacity() {
        return capacity;
    }

    static Envelope envelope(Object message) {
        return message instanceof Envelope e ? e : ((Held) message).envelope;
    }

    static Instant acceptedAt(Object message) {
        return message instanceof Envelope e ? e.time() : ((Held) message).acceptedAt;
    }

    /** Takes room for one message if there is some now. */
    boolean tryReserve() {
        for (;;) {
            long taken = acceptedCell.get(PAD);
            if (taken - releasedSeen >= capacity) {
                long free = released();
                releasedSeen = free;
                if (taken - free >= capacity) {
                    return false;
                }
            }
            if (acceptedCell.compareAndSet(PAD, taken, taken + 1)) {
                return true;
            }
        }
    }

    /**
     * Takes room for one message, waiting for it until {@code deadline} ({@link System#nanoTime()}). A full buffer
     * under a steady stream frees room within microseconds: the publisher first yields a while, waiting for room
     * for a batch of messages rather than one (else it would read the handlers' counter, and take its cache line
     * from them, on every message), and sleeps on the condition, for room for one, only after that: a sleeping
     * publisher costs every release a signal (a lock and a wake-up).
     */
    boolean reserve(long deadline) throws InterruptedException {
        for (int i = 0; i < ROOM_SPINS; i++) {
            Thread.yield();
            if (acceptedCell.get(PAD) + batch - released() <= capacity && tryReserve()) {
                return true;
            }
        }
        lock.lockInterruptibly();
        try {
            waitingPublishers++;
            try {
                while (!tryReserve()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    // A release's ordered store may pass its look at waitingPublishers: never sleep long on it.
                    room.awaitNanos(Math.min(left, MAX_SLEEP));
                }
                return true;
            } finally {
                waitingPublishers--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives back room taken for a message that was not accepted after all (another group was full). */
    void unreserve() {
        released.increment();
        signalRoom();
    }

    /** A message {@code counter}'s consumer held is done with (handled, or a dead letter): its room is free. */
    void release(Releases counter) {
        counter.increment();
        signalRoom();
    }

    private void signalRoom() {
        if (waitingPublishers != 0) {
            lock.lock();
            try {
                room.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Hands a message whose room is reserved to a consumer, or keeps it until one attaches. */
    void dispatch(Object message) {
        MemoryConsumer[] all = consumers;
        if (all.length == 1) {
            all[0].offer(message);
        } else if (all.length > 1) {
            pick(all, message).offer(message);
        } else {
            lock.lock();
            try {
                assign(message);
            } finally {
                lock.unlock();
            }
        }
    }

    private MemoryConsumer pick(MemoryConsumer[] all, Object message) {
        String key = envelope(message).orderingKey();
        int index = key != null ? Math.floorMod(key.hashCode(), all.length) : Math.floorMod(next++, all.length);
        return all[index];
    }

    /** Called holding {@link #lock}. */
    private void assign(Object message) {
        MemoryConsumer[] all = consumers;
        if (all.length == 0) {
            unassigned.add(message);
        } else {
            pick(all, message).offer(message);
        }
    }

    MemoryConsumer attach(MessageConsumer consumer) {
        lock.lock();
        try {
            MemoryConsumer attached = new MemoryConsumer(this, consumer);
            Releases[] counters = Arrays.copyOf(releases, releases.length + 1);
            counters[releases.length] = attached.releases;
            releases = counters;
            MemoryConsumer[] more = Arrays.copyOf(consumers, consumers.length + 1);
            more[consumers.length] = attached;
            consumers = more;
            for (Object message = unassigned.poll(); message != null; message = unassigned.poll()) {
                attached.offer(message);
            }
            return attached;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops {@code leaving}: no new messages go to it, its handlers in flight get {@code wait} to finish, and what
     * it had not finished goes, in order, to the group's other consumers, or waits for the next one.
     */
    void detach(MemoryConsumer leaving, Duration wait) {
        lock.lock();
        try {
            int index = Arrays.asList(consumers).indexOf(leaving);
            if (index < 0) {
                return;
            }
            MemoryConsumer[] fewer = new MemoryConsumer[consumers.length - 1];
            System.arraycopy(consumers, 0, fewer, 0, index);
            System.arraycopy(consumers, index + 1, fewer, index, fewer.length - index);
            consumers = fewer;
            leaving.closed = true;
        } finally {
            lock.unlock();
        }
        leaving.stopWorkers(wait);
        lock.lock();
        try {
            leaving.takeBackAll().forEach(this::assign);
            leaving.drained = true;
            // Its count joins the group's: out of the sum first, so that no reader counts it twice (one that
            // misses it meanwhile sees less room, never more), then the signal a waiting publisher may need.
            releases = Arrays.stream(releases).filter(c -> c != leaving.releases).toArray(Releases[]::new);
            released.add(leaving.releases.get());
            signalRoom();
        } finally {
            lock.unlock();
        }
    }

    /** A message reached {@code closed} after it stopped: passes it on, unless the stop has yet to do that itself. */
    void rescue(MemoryConsumer closed) {
        lock.lock();
        try {
            if (closed.drained) {
                closed.takeBackAll().forEach(this::assign);
            }
        } finally {
            lock.unlock();
        }
    }

    void detachAll() {
        for (MemoryConsumer consumer : consumers) {
            consumer.close();
        }
    }

    void deadLetter(Envelope envelope, Throwable error, int attempts) {
        topic.deadLetter(this, envelope, error, attempts);
    }

    /** Pending, lag (pending and not being tried) and the age of the oldest pending message. */
    GroupStats stats() {
        long pending = Math.max(0, acceptedCell.get(PAD) - released());
        Instant oldest = null;
        long trying = 0;
        lock.lock();
        try {
            for (Object message : unassigned) {
                oldest = older(oldest, acceptedAt(message));
            }
        } finally {
            lock.unlock();
        }
        for (MemoryConsumer consumer : consumers) {
            oldest = older(oldest, consumer.oldestAcceptedAt());
            trying += consumer.trying();
        }
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, transport.clock().instant());
        long lag = Math.min(pending, Math.max(0, pending - trying));
        return new GroupStats(name, pending, lag, age.isNegative() || pending == 0 ? Duration.ZERO : age);
    }

    static Instant older(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** Replays {@code envelope} to this group alone, attempts from 1, its age counted from now. */
    void replay(Envelope envelope, Duration timeout) throws InterruptedException {
        if (!tryReserve() && !reserve(System.nanoTime() + timeout.toNanos())) {
            throw new MessageNotAcceptedException(topic.destination, "No room to replay " + envelope.id() + " on "
                    + topic.destination + " for group '" + name + "'", null);
        }
        dispatch(new Held(envelope, transport.clock().instant(), 0));
    }

    /** Runs {@code task} on the transport's retry timer after {@code delay}. */
    void schedule(Runnable task, Duration delay) {
        transport.timer().schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }
}
