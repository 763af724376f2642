package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@Events("orders")
interface MessagingRuntimeMissingSubscriber {
    void placed(Placed event);

    record Placed(long id) {}
}

@KilnApplication // <-- [KilnMessagingRuntimeMissing]
final class MessagingRuntimeMissingSubscriberApp {}

final class MessagingRuntimeMissingSubscriberBilling {
    @Inject
    MessagingRuntimeMissingSubscriberBilling() {}

    @Subscribe
    void on(MessagingRuntimeMissingSubscriber.Placed event) {}
}
