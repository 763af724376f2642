package dev.kiln.runtime.messaging;

/** Exactly what the processor generates for {@code @Queue("emails") interface EmailQueue} (no ordering key). */
public final class EmailQueuePublisher implements EmailQueue {
    private final Publisher publisher;

    // @Inject
    public EmailQueuePublisher(Messaging messaging) {
        this.publisher = messaging.queue("emails");
    }

    @Override
    public void send(EmailJob job) {
        publisher.publish("send", EmailJobJsonCodec.INSTANCE, job);
    }
}
