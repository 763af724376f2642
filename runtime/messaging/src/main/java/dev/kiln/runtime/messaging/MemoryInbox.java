package dev.kiln.runtime.messaging;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The messages routed to one consumer and not yet taken, in order. Many threads add (publishers, the retry
 * timer, a stopping consumer giving back its messages); who takes depends on the consumer's concurrency:
 *
 * <ul>
 *   <li>one worker at a time (concurrency 1): an array ring, the shape of JCTools' {@code MpscArrayQueue} — an
 *       add is one compare-and-set on the producer index and an ordered store, a take is a plain read and two
 *       ordered stores, and nothing is allocated per message. A slot's message is read before the consumer index
 *       moves past it, so a producer never overwrites one not yet taken. The ring has room for the group's whole
 *       capacity, and the group's bound ({@link MemoryGroup#tryReserve}) keeps what is queued within it;</li>
 *   <li>several workers: a {@link ConcurrentLinkedQueue}, whose takes are safe from any number of threads.</li>
 * </ul>
 */
final class MemoryInbox {
    private final ConcurrentLinkedQueue<Object> shared;
    private final AtomicReferenceArray<Object> ring;
    private final int mask;
    /**
     * The producer index (written by producers on every message) and the consumer index (written by the taking
     * thread on every message; read by producers only when they reach {@link #producerLimit}), 128 bytes apart in
     * one array: two small objects allocated together would share a cache line, and every message would then
     * move it between the two threads' cores.
     */
    private final AtomicLongArray indices = new AtomicLongArray(3 * PAD);
    private static final int PAD = 16;
    private static final int PRODUCER = PAD;
    private static final int CONSUMER = 2 * PAD;
    /** Below it a slot is surely free: a recent consumer index plus the ring's size. Stale values are lower. */
    private volatile long producerLimit;

    /**
     * @param capacity the most messages it can ever hold (the group's capacity)
     * @param single   whether one thread at a time takes
     */
    MemoryInbox(int capacity, boolean single) {
        if (single) {
            int size = Integer.highestOneBit(Math.max(2, capacity) - 1) << 1;
            this.ring = new AtomicReferenceArray<>(size);
            this.mask = size - 1;
            this.producerLimit = size;
            this.shared = null;
        } else {
            this.ring = null;
            this.mask = 0;
            this.shared = new ConcurrentLinkedQueue<>();
        }
    }

    void offer(Object message) {
        if (ring == null) {
            shared.offer(message);
            return;
        }
        long index;
        for (;;) {
            index = indices.get(PRODUCER);
            if (index >= producerLimit) {
                long limit = indices.get(CONSUMER) + mask + 1;
                producerLimit = limit;
                if (index >= limit) {
                    // Cannot happen while the group's bound holds; wait rather than overwrite.
                    Thread.onSpinWait();
                    continue;
                }
            }
            if (indices.compareAndSet(PRODUCER, index, index + 1)) {
                break;
            }
        }
        ring.lazySet((int) index & mask, message);
    }

    /**
     * The next message, or null when there is none now — or when a producer has claimed the next slot and not yet
     * stored into it: {@link #isEmpty()} tells those apart. Reading only the slot here keeps a worker that looks
     * for work off the producers' index, which they write on every message. One thread at a time when
     * {@code single}.
     */
    Object poll() {
        if (ring == null) {
            return shared.poll();
        }
        long index = indices.getPlain(CONSUMER);
        int slot = (int) index & mask;
        Object message = ring.getAcquire(slot);
        if (message == null) {
            return null;
        }
        ring.lazySet(slot, null);
        indices.lazySet(CONSUMER, index + 1);
        return message;
    }

    /** Whether nothing is queued, counting a slot a producer has claimed and not yet filled. */
    boolean isEmpty() {
        return ring == null ? shared.isEmpty() : indices.get(CONSUMER) == indices.get(PRODUCER);
    }

    /** Every message queued now, oldest first; for stats, while others add and take. */
    void forEach(Consumer<Object> action) {
        if (ring == null) {
            shared.forEach(action);
            return;
        }
        long end = indices.get(PRODUCER);
        for (long index = indices.get(CONSUMER); index < end; index++) {
            Object message = ring.getAcquire((int) index & mask);
            if (message != null) {
                action.accept(message);
            }
        }
    }
}
