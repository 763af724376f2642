package dev.kiln.runtime.messaging;

/** The tests' queue interface; with the processor it carries {@code @Queue("emails")}. */
public interface EmailQueue {
    void send(EmailJob job);
}
