package dev.kiln.runtime.messaging.redis;

import dev.kiln.runtime.messaging.DeadLetter;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.EnvelopeCodec;
import dev.kiln.runtime.messaging.RetryPolicy;
import dev.kiln.runtime.messaging.spi.DeliveryExecutor;
import dev.kiln.runtime.messaging.spi.MessageConsumer;
import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One consumer: this instance in one group of one stream. A reader reads with blocking XREADGROUP on its own
 * connection — first its own pending entries (id 0: what this consumer name held when it last stopped), then new
 * ones ({@code >}) — and hands them to a {@link DeliveryExecutor}. A maintainer renews the entries held here
 * (XCLAIM JUSTID: they stay this consumer's while it lives), takes over entries idle past
 * {@code claim-idle} from dead consumers (XAUTOCLAIM) and trims the stream. Each entry is acknowledged only after
 * its handler returns ({@link RedisAcks}: the acks of handlers that return together share one XACK); a failure is
 * retried after the policy's backoff, the entry's delivery count set to the attempt (XCLAIM RETRYCOUNT) so that
 * attempts survive a crash; the last failure moves it to {@code <stream>:dlq} atomically with its XACK.
 */
final class RedisConsumer {
    private static final Duration REDIS_RETRY = Duration.ofMillis(500);

    private final RedisTransport transport;
    private final String stream;
    private final String deadLetters;
    private final String group;
    private final Consumer<String> me;
    private final MessageConsumer consumer;
    private final DeliveryExecutor executor;
    private final RedisCommands<String, String> commands;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final String label;
    private final RedisAcks acks;
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile String problem;
    /** The blocking reads' own connection; entries' values come as bytes, parsed as they are (no String in between). */
    private volatile StatefulRedisConnection<String, byte[]> reader;
    private Thread readerThread;
    private Thread maintainerThread;

    RedisConsumer(RedisTransport transport, Destination destination, String group, MessageConsumer consumer) {
        this.transport = transport;
        this.stream = destination.stream();
        this.deadLetters = destination.deadLetterStream();
        this.group = group;
        this.me = Consumer.from(group, transport.settings().consumer());
        this.consumer = consumer;
        this.commands = transport.commands();
        this.label = "kiln-messaging-" + destination.name() + "-" + group;
        int concurrency = consumer.concurrency();
        this.executor = new DeliveryExecutor(label, concurrency,
                Math.max(transport.settings().batch(), concurrency * 2), transport.scheduler());
        this.acks = new RedisAcks(transport.async(), stream, group, held, label, transport.scheduler());
    }

    void start() {
        running = true;
        readerThread = Thread.ofVirtual().name(label + "-reader").start(this::read);
        maintainerThread = Thread.ofVirtual().name(label + "-maintainer").start(this::maintain);
    }

    /** Why this consumer cannot read now, or null. */
    String problem() {
        return problem;
    }

    void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        running = false;
        join(readerThread);
        maintainerThread.interrupt();
        join(maintainerThread);
        executor.close(Duration.ofSeconds(10));
        acks.close(transport.settings().timeout().multipliedBy(2));
        closeReader();
    }

    void abandon() {
        closed.set(true);
        running = false;
        closeReader();
        readerThread.interrupt();
        maintainerThread.interrupt();
        executor.close(Duration.ZERO);
        acks.abandon();
    }

    private void closeReader() {
        StatefulRedisConnection<String, byte[]> connection = reader;
        if (connection != null) {
            connection.close();
        }
    }

    private void join(Thread thread) {
        try {
            thread.join(transport.settings().block().plus(transport.settings().timeout()).toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        boolean groupReady = false;
        boolean drained = false;
        String history = "0-0";
        int failures = 0;
        while (running) {
            try {
                if (reader == null) {
                    reader = transport.newReaderConnection();
                }
                if (!groupReady) {
                    transport.createGroup(stream, group);
                    groupReady = true;
                }
                if (!drained) {
                    List<StreamMessage<String, byte[]>> own = reader.sync().xreadgroup(me,
                            XReadArgs.Builder.count(transport.settings().batch()), XReadArgs.StreamOffset.from(stream, history));
                    if (own.isEmpty()) {
                        drained = true;
                        history = "0-0";
                    }
                    for (StreamMessage<String, byte[]> message : own) {
                        history = message.getId();
                        recovered(message);
                    }
                } else {
                    List<StreamMessage<String, byte[]>> fresh = reader.sync().xreadgroup(me,
                            XReadArgs.Builder.block(transport.settings().block()).count(transport.settings().batch()),
                            XReadArgs.StreamOffset.lastConsumed(stream));
                    for (StreamMessage<String, byte[]> message : fresh) {
                        take(message.getId(), message.getBody(), 1);
                    }
                }
                if (problem != null) {
                    RedisTransport.log(System.Logger.Level.INFO, label + ": reading from Redis again", null);
                    problem = null;
                }
                failures = 0;
            } catch (RedisCommandExecutionException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
                    // Redis lost the group (a restart without persistence): create it again and re-read our own.
                    groupReady = false;
                    drained = false;
                    history = "0-0";
                    continue;
                }
                failures = failed(e, failures);
            } catch (RedisException e) {
                if (!running) {
                    break;
                }
                // After an outage: re-read what is pending for us, skipping what we still hold.
                drained = false;
                history = "0-0";
                failures = failed(e, failures);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Never let one bad entry or a bug end the subscription: log, wait, read on.
                if (!running) {
                    break;
                }
                RedisTransport.log(System.Logger.Level.ERROR, label + ": reading failed unexpectedly; retrying", e);
                failures = failed(new RedisException(e.toString(), e), failures);
            }
        }
    }

    private int failed(RedisException e, int failures) {
        String message = "Messaging cannot read " + stream + " from Redis at " + transport.address() + " ("
                + RedisMessagingSettings.URI + "): " + e.getMessage();
        if (problem == null) {
            RedisTransport.log(System.Logger.Level.WARNING, label + ": " + message + "; retrying", null);
        }
        problem = message;
        try {
            Thread.sleep(Math.min(1000L, 50L << Math.min(failures, 5)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return failures + 1;
    }

    /**
     * An entry this consumer already owned, read again from its history: Redis counts that read as a delivery
     * (its delivery count went up by one), so the attempt is the count.
     */
    private void recovered(StreamMessage<String, byte[]> message) throws InterruptedException {
        if (held.contains(message.getId())) {
            return;
        }
        if (message.getBody() == null || message.getBody().isEmpty()) {
            commands.xack(stream, group, message.getId());   // trimmed or deleted meanwhile
            return;
        }
        PendingMessage pending = pending(message.getId());
        if (pending != null && pending.getConsumer().equals(me.getName())) {
            take(message.getId(), message.getBody(), (int) Math.max(1, pending.getRedeliveryCount()));
        }
    }

    /** Hands entry {@code id} with its fields (values as UTF-8) to the executor, unless this consumer holds it. */
    private void take(String id, Map<String, byte[]> body, int attempt) throws InterruptedException {
        if (!held.add(id)) {
            return;
        }
        Entry entry = new Entry(id, body.get(RedisTransport.ENVELOPE), body.get(RedisTransport.GROUP), attempt);
        if (!executor.submit(entry.orderingKey(), entry::run)) {
            held.remove(id);
        }
    }

    private static Map<String, byte[]> utf8(Map<String, String> body) {
        Map<String, byte[]> bytes = new HashMap<>();
        body.forEach((field, value) -> bytes.put(field, value.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    private PendingMessage pending(String id) {
        List<PendingMessage> found = commands.xpending(stream, group, Range.create(id, id), Limit.from(1));
        return found.isEmpty() ? null : found.getFirst();
    }

    private void maintain() {
        RedisMessagingSettings settings = transport.settings();
        long interval = Math.max(50, settings.claimIdle().toMillis() / 3);
        long trimEvery = settings.trimInterval().toMillis();
        long lastTrim = System.nanoTime();
        while (running) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            try {
                renew();
                reclaim(settings);
                if (trimEvery > 0 && System.nanoTime() - lastTrim > trimEvery * 1_000_000L) {
                    lastTrim = System.nanoTime();
                    transport.eval(RedisScripts.TRIM, ScriptOutputType.INTEGER, new String[] {stream});
                }
            } catch (RuntimeException e) {
                // The reader reports an outage; maintenance simply tries again next time.
                if (!(e instanceof RedisException)) {
                    RedisTransport.log(System.Logger.Level.WARNING, label + ": maintenance failed; trying again", e);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Resets the idle time of every entry held here, so that nobody takes them over while this instance lives. */
    private void renew() {
        List<String> ids = new ArrayList<>(held);
        for (int from = 0; from < ids.size(); from += 100) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + 100)).toArray(String[]::new);
            commands.xclaim(stream, me, XClaimArgs.Builder.justid().minIdleTime(0), chunk);
        }
    }

    /** Takes over entries idle past claim-idle (their consumer is dead or stuck), a page at a time. */
    private void reclaim(RedisMessagingSettings settings) throws InterruptedException {
        String cursor = "0-0";
        for (int page = 0; page < 10 && running; page++) {
            ClaimedMessages<String, String> claimed = commands.xautoclaim(stream,
                    XAutoClaimArgs.Builder.xautoclaim(me, settings.claimIdle(), cursor).count(settings.batch()));
            for (StreamMessage<String, String> message : claimed.getMessages()) {
                if (message.getBody() == null || message.getBody().isEmpty()) {
                    commands.xack(stream, group, message.getId());
                    continue;
                }
                if (held.contains(message.getId())) {
                    continue;
                }
                PendingMessage pending = pending(message.getId());
                if (pending != null && pending.getConsumer().equals(me.getName())) {
                    take(message.getId(), utf8(message.getBody()), (int) Math.max(1, pending.getRedeliveryCount()));
                }
            }
            cursor = claimed.getId();
            if (cursor == null || cursor.equals("0-0")) {
                return;
            }
        }
    }

    private enum Step { CLAIM, HANDLE, ACK, DEAD }

    /** One entry's way through: (claim for a retry) → handle → ack, or → dead letter. */
    private final class Entry {
        private final String id;
        private final byte[] raw;
        private final Envelope envelope;
        private final boolean forOtherGroup;
        private String error;
        private int attempt;
        private Step step = Step.HANDLE;

        Entry(String id, byte[] raw, byte[] target, int attempt) {
            this.id = id;
            this.attempt = attempt;
            this.raw = raw;
            this.forOtherGroup = target != null && !new String(target, StandardCharsets.UTF_8).equals(group);
            Envelope decoded = null;
            if (!forOtherGroup) {
                try {
                    decoded = EnvelopeCodec.decode(raw == null ? new byte[0] : raw);
                } catch (RuntimeException e) {
                    // Not an envelope Kiln can read: retrying cannot help, it is a dead letter at once.
                    error = "Unreadable envelope: " + DeadLetter.describe(e);
                    step = Step.DEAD;
                }
            }
            this.envelope = decoded;
        }

        String orderingKey() {
            return envelope == null ? null : envelope.orderingKey();
        }

        Duration run() {
            try {
                if (step == Step.CLAIM) {
                    PendingMessage pending = pending(id);
                    if (pending == null || !pending.getConsumer().equals(me.getName())) {
                        held.remove(id);   // acknowledged, or taken over by another consumer meanwhile
                        return null;
                    }
                    commands.xclaim(stream, me, XClaimArgs.Builder.minIdleTime(0).retryCount(attempt), id);
                    step = Step.HANDLE;
                }
                if (step == Step.HANDLE) {
                    Duration retry = handle();
                    if (retry != null) {
                        return retry;
                    }
                }
                if (step == Step.ACK) {
                    acks.ack(id);   // held until the XACK is answered
                    return null;
                }
                transport.eval(RedisScripts.DEAD_LETTER, ScriptOutputType.INTEGER, new String[] {stream, deadLetters},
                        group, id, raw == null ? "" : new String(raw, StandardCharsets.UTF_8), error, Integer.toString(attempt));
                held.remove(id);
                return null;
            } catch (RuntimeException e) {
                // Redis is away (or the transport is closing): the step is done again once it is back — never the
                // handler again after it returned. A closed executor drops the retry; the entry stays pending.
                return REDIS_RETRY;
            }
        }

        private Duration handle() {
            if (forOtherGroup) {
                step = Step.ACK;
                return null;
            }
            RetryPolicy policy = consumer.retryPolicy(envelope.type());
            if (attempt > policy.maxAttempts()) {
                // Delivered that often with no outcome: its consumers died while handling it (a handler that
                // kills the process). Handling it again would only kill the next one.
                error = "Delivered " + (attempt - 1) + " times without an outcome: the consumers handling it stopped";
                attempt--;
                step = Step.DEAD;
                return null;
            }
            try {
                consumer.handle(envelope, attempt);
                step = Step.ACK;
                return null;
            } catch (Throwable failure) {
                if (policy.exhausted(attempt)) {
                    error = DeadLetter.describe(failure);
                    step = Step.DEAD;
                    return null;
                }
                attempt++;
                step = Step.CLAIM;
                return policy.delayBefore(attempt);
            }
        }
    }
}
