package events;

import dev.kiln.Subscribe;
import jakarta.inject.Inject;

final class Mailer {
    @Inject
    Mailer() {}

    @Subscribe
    void send(EmailJob job) {
        Billing.SEEN.add("email to " + job.to() + ": " + job.subject());
    }
}
