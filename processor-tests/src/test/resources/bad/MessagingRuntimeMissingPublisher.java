package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@Events("orders")
interface MessagingRuntimeMissingPublisher {
    void placed(Placed event);

    record Placed(long id) {}
}

@KilnApplication // <-- [KilnMessagingRuntimeMissing]
final class MessagingRuntimeMissingPublisherApp {}

/** In the graph (a Lifecycle component), and it injects the interface: the application publishes. */
@Singleton
final class MessagingRuntimeMissingPublisherFeed implements Lifecycle {
    @Inject
    MessagingRuntimeMissingPublisherFeed(MessagingRuntimeMissingPublisher events) {}

    @Override
    public void start() {}

    @Override
    public void stop() {}
}
