package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.Retry;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@KilnApplication
final class SubscriberBadRetryApp {}

final class SubscriberBadRetry {
    @Events("orders")
    interface SubscriberBadRetryEvents {
        void placed(SubscriberBadRetryPlaced event);
    }
    record SubscriberBadRetryPlaced(long id) {}

    @Inject
    SubscriberBadRetry() {}

    @Subscribe
    @Retry(maxAttempts = 3,
            backoff = "1 second") // <-- [KilnInvalidRetry]
    void on(SubscriberBadRetryPlaced event) {}
}
