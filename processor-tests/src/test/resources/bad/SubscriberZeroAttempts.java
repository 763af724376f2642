package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.Retry;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@KilnApplication
final class SubscriberZeroAttemptsApp {}

final class SubscriberZeroAttempts {
    @Events("orders")
    interface SubscriberZeroAttemptsEvents {
        void placed(SubscriberZeroAttemptsPlaced event);
    }
    record SubscriberZeroAttemptsPlaced(long id) {}

    @Inject
    SubscriberZeroAttempts() {}

    @Subscribe
    @Retry(maxAttempts = 0) // <-- [KilnInvalidRetry]
    void on(SubscriberZeroAttemptsPlaced event) {}
}
