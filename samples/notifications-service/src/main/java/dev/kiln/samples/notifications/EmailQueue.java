package dev.kiln.samples.notifications;

import dev.kiln.Queue;

/**
 * Emails to send: a queue, so each job is handled by one {@link Mailer}, whichever instance takes it. Kiln
 * generates {@code EmailQueuePublisher}, which {@link OrderNotifier} gets by injecting this interface.
 */
@Queue("emails")
public interface EmailQueue {

    /** Queues {@code job}; returns once the transport holds it. */
    void send(EmailJob job);
}
