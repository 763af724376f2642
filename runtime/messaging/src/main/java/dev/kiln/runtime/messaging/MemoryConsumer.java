package dev.kiln.runtime.messaging;

import dev.kiln.runtime.messaging.MemoryGroup.Held;
import dev.kiln.runtime.messaging.spi.ConsumerHandle;
import dev.kiln.runtime.messaging.spi.MessageConsumer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One consumer attached to an in-process group: its messages, and up to {@code concurrency} workers — virtual
 * threads — that take them one after the other, each handler call on the worker's own thread. A worker runs
 * while there is work and ends after a short spin finds none; a publish starts one only when none runs, and a
 * worker that sees a backlog starts another, up to the bound. So a steady stream costs no hand-off or wake-up
 * per message: a wake-up serves everything published until the worker next runs dry.
 *
 * <p>Messages with an ordering key take a lane: while one of a key's messages is being handled or waits for its
 * retry, the key's later messages wait behind it, and only they; the worker that finishes one goes on with the
 * next of its lane. Messages without a key never touch the lanes. A failed message waits for its retry on the
 * timer, holding no worker.
 */
final class MemoryConsumer implements ConsumerHandle {
    private static final System.Logger LOGGER = System.getLogger(MemoryConsumer.class.getName());
    /**
     * How long a worker that found nothing stays, in {@link Thread#onSpinWait()} pauses (~20 ns each on current
     * x86): about 50 µs, then it ends.
     */
    private static final int IDLE_PAUSES = 2_560;
    /**
     * The shortest and longest wait between two looks at the queue, in pauses (~0.4 µs and ~50 µs). A worker that
     * keeps running dry after only a few messages waits longer before its next look, up to the longest: one that
     * looked again at once would run right behind a fast publisher, taking back the cache lines of the slot and of
     * the message the publisher writes next on every message, and slow both down (benchmarks/messaging.sh: about
     * 4 M events/s instead of 8–10 M on two cores). A new worker starts with the shortest wait, so a short burst
     * is handled at once.
     */
    private static final int MIN_PAUSES = 20;
    private static final int MAX_PAUSES = 2_560;
    /** Running dry after fewer messages than this doubles the wait before the next look. */
    private static final int SMALL_BATCH = 16;

    private final MemoryGroup group;
    private final MessageConsumer consumer;
    private final int concurrency;
    private final ThreadFactory threads;
    private final MemoryInbox queue;
    /** Retries that are due: each owns its key's lane, so it goes before anything in {@link #queue}. */
    private final ConcurrentLinkedQueue<Held> ready = new ConcurrentLinkedQueue<>();
    private final Set<Held> retrying = ConcurrentHashMap.newKeySet();
    /** Busy keys → the messages waiting behind them (null while none waits); guarded by itself. */
    private final Map<String, ArrayDeque<Object>> lanes = new HashMap<>();
    private final Set<Worker> workers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger idle = new AtomicInteger();
    private final ReentrantLock stopLock = new ReentrantLock();
    private final Condition stopped = stopLock.newCondition();
    final MemoryGroup.Releases releases;
    /** Set by the group when it detaches this consumer: workers end, offers go back to the group. */
    volatile boolean closed;
    /** Set, under the group's lock, once the group has taken back what this consumer held. */
    boolean drained;

    MemoryConsumer(MemoryGroup group, MessageConsumer consumer) {
        this.group = group;
        this.consumer = consumer;
        this.concurrency = consumer.concurrency();
        this.queue = new MemoryInbox(group.capacity(), concurrency == 1);
        this.releases = new MemoryGroup.Releases(concurrency == 1);
        this.threads = Thread.ofVirtual()
                .name("kiln-messaging-" + group.topic.destination.name() + "-" + group.name).factory();
    }

    /** Takes a message (its room reserved) and makes sure a worker will see it. */
    void offer(Object message) {
        queue.offer(message);
        started(false);
    }

    @Override
    public void close() {
        group.detach(this, Duration.ofSeconds(10));
    }

    /**
     * After an offer: a stopped consumer hands it back to the group; otherwise a worker is started when none runs
     * (or, for a retry that is due or with nobody idle, when the bound allows one more).
     */
    private void started(boolean retry) {
        if (closed) {
            group.rescue(this);
            return;
        }
        int running = active.get();
        if (running == 0 || (running < concurrency && (retry || idle.get() == 0))) {
            tryStart();
        }
    }

    private void tryStart() {
        for (;;) {
            int running = active.get();
            if (running >= concurrency || closed) {
                return;
            }
            if (active.compareAndSet(running, running + 1)) {
                break;
            }
        }
        Worker worker = new Worker();
        workers.add(worker);
        threads.newThread(worker).start();
    }

    /**
     * A due retry, else the next message of the queue. With several workers, a keyed message is taken and enters
     * its key's lane in one step (under the lanes' lock): taken apart, a second worker could enter the lane with the
     * key's next message first, and handle it first. A message whose key is busy is left in its lane, and the next
     * one is taken.
     */
    private Object poll() {
        Held due = ready.poll();
        if (due != null) {
            return due;
        }
        if (concurrency == 1) {
            return queue.poll();   // one worker takes the queue in order; handle() enters the lane
        }
        synchronized (lanes) {
            for (Object message = queue.poll(); message != null; message = queue.poll()) {
                String key = MemoryGroup.envelope(message).orderingKey();
                if (key == null || enterLane(key, message)) {
                    return message;
                }
            }
            return null;
        }
    }

    /** One worker: takes messages until none comes for a while, or the consumer stops. */
    private final class Worker implements Runnable {
        /** The message being handled: for the oldest pending age, and for a stop that gives up waiting. */
        final AtomicReference<Object> current = new AtomicReference<>();
        /** The wait between two looks when this worker finds nothing; adapts to the stream's density. */
        private int pauses = MIN_PAUSES;
        /** Messages handled since this worker last found the queue empty. */
        private int batch;

        @Override
        public void run() {
            boolean counted = true;
            try {
                while (!closed) {
                    Object message = poll();
                    if (message == null && (message = awaitMessage()) == null) {
                        if (leave()) {
                            counted = false;
                            return;
                        }
                        continue;
                    }
                    if (concurrency > 1 && !queue.isEmpty() && active.get() < concurrency) {
                        tryStart();   // a backlog: a second pair of hands, up to the bound
                    }
                    batch++;
                    handle(this, message);
                }
            } finally {
                workers.remove(this);
                if (counted) {
                    active.decrementAndGet();
                    signalStopped();
                }
            }
        }

        /** Looks again now and then (less often after short batches) before the worker gives up its thread. */
        private Object awaitMessage() {
            if (batch < SMALL_BATCH) {
                pauses = Math.min(MAX_PAUSES, pauses * 2);
            }
            batch = 0;
            if (concurrency > 1) {
                idle.incrementAndGet();
            }
            try {
                for (int waited = 0; waited < IDLE_PAUSES && !closed; waited += pauses) {
                    for (int pause = 0; pause < pauses; pause++) {
                        Thread.onSpinWait();
                    }
                    Object message = poll();
                    if (message != null) {
                        return message;
                    }
                }
                return null;
            } finally {
                if (concurrency > 1) {
                    idle.decrementAndGet();
                }
            }
        }
    }

    /**
     * Ends a worker that found nothing, unless a message came in meanwhile (its publisher saw this worker still
     * running and started none): then it stays, if the bound allows. True when it leaves.
     */
    private boolean leave() {
        active.decrementAndGet();
        while (!closed && !(queue.isEmpty() && ready.isEmpty())) {
            int running = active.get();
            if (running >= concurrency) {
                break;
            }
            if (active.compareAndSet(running, running + 1)) {
                return false;
            }
        }
        signalStopped();
        return true;
    }

    private void signalStopped() {
        if (closed) {
            stopLock.lock();
            try {
                stopped.signalAll();
            } finally {
                stopLock.unlock();
            }
        }
    }

    /** Handles {@code message}, or puts it behind its key; then the messages waiting behind it, in order. */
    private void handle(Worker worker, Object message) {
        Held held = message instanceof Held h ? h : null;
        String key = MemoryGroup.envelope(message).orderingKey();
        // With several workers, poll() entered the lane already.
        if (key != null && concurrency == 1 && (held == null || !held.ownsKey) && !enterLane(key, message)) {
            return;
        }
        Object item = message;
        while (item != null) {
            Held retry = deliver(worker, item);
            if (retry != null) {
                retry.ownsKey = key != null;
                scheduleRetry(retry);
                return;
            }
            item = key == null ? null : nextInLane(key);
        }
    }

    /** True when {@code key} was free (now busy with this message); false when the message waits behind it. */
    private boolean enterLane(String key, Object message) {
        synchronized (lanes) {
            if (!lanes.containsKey(key)) {
                lanes.put(key, null);
                return true;
            }
            lanes.computeIfAbsent(key, k -> new ArrayDeque<>()).add(message);
            return false;
        }
    }

    private Object nextInLane(String key) {
        synchronized (lanes) {
            if (closed) {
                return null;   // the group takes the lane's messages back
            }
            ArrayDeque<Object> lane = lanes.get(key);
            Object next = lane == null ? null : lane.poll();
            if (next == null) {
                lanes.remove(key);
            }
            return next;
        }
    }

    /** One attempt; returns the message to retry, or null when it is done with (acknowledged or a dead letter). */
    private Held deliver(Worker worker, Object item) {
        Held held = item instanceof Held h ? h : null;
        Envelope envelope = held != null ? held.envelope : (Envelope) item;
        int attempt = held != null ? ++held.attempts : 1;
        worker.current.lazySet(item);
        Throwable failure = null;
        try {
            consumer.handle(envelope, attempt);
        } catch (Throwable t) {
            failure = t;
        }
        // Only a stop takes a running message back, after it has waited 10s with closed set: a plain store
        // serves while the consumer runs, the compare-and-set decides who owns the message once it stops.
        if (!closed) {
            worker.current.lazySet(null);
        } else if (!worker.current.compareAndSet(item, null)) {
            return null;   // a stop that gave up waiting took it back: it is delivered again elsewhere
        }
        if (failure != null) {
            RetryPolicy policy = consumer.retryPolicy(envelope.type());
            if (!policy.exhausted(attempt)) {
                Held retry = held != null ? held : new Held(envelope, envelope.time(), attempt);
                retry.delay = policy.delayBefore(attempt + 1);
                return retry;
            }
            group.deadLetter(envelope, failure, attempt);
        }
        group.release(releases);
        return null;
    }

    private void scheduleRetry(Held held) {
        retrying.add(held);
        try {
            group.schedule(() -> {
                if (retrying.remove(held)) {
                    ready.add(held);
                    started(true);
                }
            }, held.delay);
        } catch (RejectedExecutionException e) {
            // The transport is closing: the message stays pending, as it would in the timer.
        }
    }

    /** Waits up to {@code wait} for the workers to end; called once {@link #closed} is set. */
    void stopWorkers(Duration wait) {
        stopLock.lock();
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (active.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOGGER.log(System.Logger.Level.WARNING, () -> "kiln-messaging " + group.topic.destination + " group '"
                            + group.name + "': " + active.get() + " handler(s) still running after " + wait
                            + " at shutdown; their messages will be delivered again");
                    return;
                }
                stopped.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopLock.unlock();
        }
    }

    /**
     * Everything this stopped consumer holds, oldest of each key first: handlers that outlived the stop (delivered
     * again), retries, the lanes, then the queue. Called under the group's lock.
     */
    List<Object> takeBackAll() {
        List<Object> back = new ArrayList<>();
        for (Worker worker : workers) {
            Object running = worker.current.getAndSet(null);
            if (running instanceof Envelope envelope) {
                back.add(new Held(envelope, envelope.time(), 1));
            } else if (running != null) {
                back.add(running);
            }
        }
        for (Held held : List.copyOf(retrying)) {
            if (retrying.remove(held)) {
                back.add(held);
            }
        }
        for (Held held = ready.poll(); held != null; held = ready.poll()) {
            back.add(held);
        }
        synchronized (lanes) {
            lanes.values().forEach(lane -> {
                if (lane != null) {
                    back.addAll(lane);
                }
            });
            lanes.clear();
        }
        for (Object message = queue.poll(); message != null; message = queue.poll()) {
            back.add(message);
        }
        back.forEach(message -> {
            if (message instanceof Held held) {
                held.ownsKey = false;
            }
        });
        return back;
    }

    /** When the oldest message held here was accepted, or null. Walks everything: for operations, not per message. */
    Instant oldestAcceptedAt() {
        Instant oldest = null;
        for (Worker worker : workers) {
            Object running = worker.current.get();
            if (running != null) {
                oldest = MemoryGroup.older(oldest, MemoryGroup.acceptedAt(running));
            }
        }
        for (Held held : retrying) {
            oldest = MemoryGroup.older(oldest, held.acceptedAt);
        }
        for (Held held : ready) {
            oldest = MemoryGroup.older(oldest, held.acceptedAt);
        }
        synchronized (lanes) {
            for (ArrayDeque<Object> lane : lanes.values()) {
                if (lane != null) {
                    for (Object message : lane) {
                        oldest = MemoryGroup.older(oldest, MemoryGroup.acceptedAt(message));
                    }
                }
            }
        }
        Instant[] queued = {oldest};
        queue.forEach(message -> queued[0] = MemoryGroup.older(queued[0], MemoryGroup.acceptedAt(message)));
        return queued[0];
    }

    /** Messages being handled or waiting for a retry: delivered at least once, so not lag. */
    long trying() {
        long trying = retrying.size() + ready.size();
        for (Worker worker : workers) {
            if (worker.current.get() != null) {
                trying++;
            }
        }
        return trying;
    }
}
