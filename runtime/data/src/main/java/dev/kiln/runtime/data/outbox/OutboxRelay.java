package dev.kiln.runtime.data.outbox;

import dev.kiln.runtime.data.Binder;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.RollbackRules;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.EnvelopeCodec;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends committed outbox entries to the transport, oldest first, and deletes each once the transport has accepted
 * it, in the transaction that locked it: a crash after sending and before the commit sends it again on restart
 * (at-least-once; the CloudEvents id is unchanged, so subscribers can dedupe). On PostgreSQL the rows are locked
 * with {@code SKIP LOCKED}, so the relays of several instances share the table without sending an entry twice
 * while all of them live. A transport that refuses ({@code MessageNotAcceptedException}, Redis down) leaves the
 * entries for the next look.
 *
 * <p>A commit that wrote to the outbox wakes the relay at once; {@code kiln.outbox.interval} bounds the wait for
 * rows committed by other instances or left by a crash.
 *
 * <p>A {@link Lifecycle}: {@link #start()} creates the table if asked and starts the relay's virtual thread;
 * {@link #stop()} ends it after the batch in hand.
 */
public final class OutboxRelay implements Lifecycle {
    private static final System.Logger LOGGER = System.getLogger(OutboxRelay.class.getName());

    private final Database database;
    private final MessageTransport transport;
    private final OutboxSettings settings;
    private final TransactionalOutbox outbox;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private boolean pending;   // a commit wrote to the outbox since the last look; guarded by lock
    private Thread thread;

    /** Over {@code database}; installs its outbox in {@code messaging} and sends through its transport. */
    public OutboxRelay(Database database, Messaging messaging, OutboxSettings settings) {
        this.database = Objects.requireNonNull(database, "database");
        this.transport = Objects.requireNonNull(messaging, "messaging").transport();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outbox = new TransactionalOutbox(database, this::wake);
        messaging.outbox(outbox);
    }

    @Override
    public void start() {
        if (settings.createTable()) {
            database.update("kiln outbox", OutboxSql.CREATE, Binder.NONE);
        }
        running = true;
        thread = Thread.ofVirtual().name("kiln-outbox-relay").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Entries not yet sent (committed ones; for tests and operations). */
    public long pending() {
        return database.one("kiln outbox", OutboxSql.COUNT, Binder.NONE, row -> row.getLong(1));
    }

    /** Sends one batch; returns how many entries were sent. */
    public int relayOnce() {
        Transaction transaction = database.transactions().begin(Transactional.TxType.REQUIRES_NEW);
        try {
            List<Entry> entries = database.list("kiln outbox", OutboxSql.OLDEST,
                    statement -> statement.setInt(1, settings.batchSize()),
                    row -> new Entry(row.getLong(1), row.getString(2), row.getString(3)));
            int sent = 0;
            for (Entry entry : entries) {
                transport.publish(TransactionalOutbox.destination(entry.destination),
                        EnvelopeCodec.decode(entry.envelope.getBytes(StandardCharsets.UTF_8)));
                database.update("kiln outbox", OutboxSql.DELETE, statement -> statement.setLong(1, entry.id));
                sent++;
            }
            transaction.commit();
            return sent;
        } catch (Throwable error) {
            // Entries sent before the failure are sent again: at-least-once, as documented.
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }

    private void run() {
        long backoff = settings.interval().toNanos();
        while (running) {
            int sent;
            try {
                sent = relayOnce();
                backoff = settings.interval().toNanos();
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.WARNING, "Outbox relay could not send; retrying: " + e.getMessage());
                sent = 0;
                backoff = Math.min(backoff * 2, TimeUnit.SECONDS.toNanos(10));
            }
            if (sent < settings.batchSize()) {
                await(backoff);
            }
        }
    }

    /** After a commit that wrote to the outbox: look now rather than at the next interval. */
    private void wake() {
        lock.lock();
        try {
            pending = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void await(long nanos) {
        lock.lock();
        try {
            if (running && !pending) {
                wake.awaitNanos(nanos);
            }
            pending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private record Entry(long id, String destination, String envelope) {}
}
