package dev.kiln.samples.notifications;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The emails sent, in memory, one per order event: deduplicated on the event's CloudEvents id. */
@Singleton
final class Outbox implements NotificationApi {
    private final Set<String> events = new HashSet<>();
    private final List<EmailJob> sent = new ArrayList<>();

    @Inject
    Outbox() {}

    /** Keeps {@code job} unless an email for its event was sent already; says whether it kept it. */
    synchronized boolean add(EmailJob job) {
        if (!events.add(job.event())) {
            return false;
        }
        sent.add(job);
        return true;
    }

    @Override
    public synchronized List<EmailJob> sent() {
        return List.copyOf(sent);
    }
}
