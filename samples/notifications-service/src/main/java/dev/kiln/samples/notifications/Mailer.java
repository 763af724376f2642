package dev.kiln.samples.notifications;

import dev.kiln.Retry;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Works the emails queue. The sample sends nothing: it logs the email and keeps it in the {@link Outbox}, which
 * {@code GET /notifications} shows. A failing send would be retried three times, a second apart, then kept as a dead
 * letter ({@code GET /kiln/messaging/queue/emails/dead-letters}).
 */
@Singleton
final class Mailer {
    private static final System.Logger LOG = System.getLogger(Mailer.class.getName());
    private final Outbox outbox;

    @Inject
    Mailer(Outbox outbox) {
        this.outbox = outbox;
    }

    @Subscribe
    @Retry(maxAttempts = 3, backoff = "1s")
    void send(EmailJob job) {
        if (outbox.add(job)) {
            LOG.log(System.Logger.Level.INFO, "Email to {0}: \"{1}\" ({2}), for event {3} from {4}",
                    job.to(), job.subject(), job.body(), job.event(), job.source());
        }
    }
}
