/**
 * The transactional outbox: what a publisher publishes inside a database transaction is written to
 * {@code kiln_outbox} in that transaction ({@link dev.kiln.runtime.data.outbox.TransactionalOutbox}) and sent by
 * {@link dev.kiln.runtime.data.outbox.OutboxRelay} once committed; a rollback sends nothing; a crash between
 * commit and send resends on restart (at-least-once, the CloudEvents id unchanged). Wired by generated code
 * through {@link dev.kiln.runtime.data.outbox.KilnOutboxModule} when an application uses data and messaging.
 */
package dev.kiln.runtime.data.outbox;
