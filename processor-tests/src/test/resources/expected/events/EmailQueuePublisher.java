package events;

import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.Publisher;
import jakarta.inject.Inject;
import javax.annotation.processing.Generated;

/**
 * Implements {@link EmailQueue} by publishing to the {@code emails} queue.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class EmailQueuePublisher implements EmailQueue {
    private final Publisher publisher;

    @Inject
    public EmailQueuePublisher(Messaging messaging) {
        this.publisher = messaging.queue("emails");
    }

    @Override
    public void send(EmailJob job) {
        publisher.publish("send", EmailJobJsonCodec.INSTANCE, job, job.to());
    }
}
