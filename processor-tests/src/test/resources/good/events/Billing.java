package events;

import dev.kiln.Retry;
import dev.kiln.Subscribe;
import dev.kiln.runtime.messaging.MessageContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

@Singleton
public final class Billing {
    /** What every instance handled, for MessagingRunTest. */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private final EmailQueue emails;

    @Inject
    Billing(EmailQueue emails) {
        this.emails = emails;
    }

    @Subscribe
    void on(OrderPlaced event) {
        SEEN.add("placed " + event.orderId());
        emails.send(new EmailJob(event.customer(), "Order " + event.orderId(), "Thank you"));
    }

    @Subscribe
    @Retry(maxAttempts = 5, backoff = "200ms", maxBackoff = "30s")
    void on(OrderCancelled event, MessageContext context) {
        SEEN.add("cancelled " + event.orderId() + " attempt " + context.attempt());
    }
}
