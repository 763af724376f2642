package bad;

import dev.kiln.KilnApplication;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@KilnApplication
final class SubscriberUnknownTypeApp {}

final class SubscriberUnknownType {
    record SubscriberUnknownTypeNotPublished(long id) {}

    @Inject
    SubscriberUnknownType() {}

    @Subscribe
    void on(SubscriberUnknownTypeNotPublished event) {} // <-- [KilnUnknownMessageType]
}
