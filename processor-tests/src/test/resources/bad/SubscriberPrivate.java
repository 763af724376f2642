package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@KilnApplication
final class SubscriberPrivateApp {}

final class SubscriberPrivate {
    @Events("orders")
    interface SubscriberPrivateEvents {
        void placed(SubscriberPrivatePlaced event);
    }
    record SubscriberPrivatePlaced(long id) {}

    @Inject
    SubscriberPrivate() {}

    @Subscribe // <-- [KilnInvalidSubscriber]
    private void on(SubscriberPrivatePlaced event) {}
}
