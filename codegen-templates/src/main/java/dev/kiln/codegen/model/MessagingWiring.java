package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * How an application uses messaging: present when it publishes (injects an {@code @Events} / {@code @Queue}
 * interface) or subscribes. The component then includes {@code KilnMessagingModule}; {@code Messaging} is the
 * first lifecycle component (stopped last, it closes the transport), the dispatcher the last; the messaging
 * endpoint is served with the routers.
 *
 * @param publishers  the injected messaging interfaces, each bound to its generated publisher, by name
 * @param dispatcher  the application's {@code Kiln<App>Dispatcher}, when it subscribes
 */
public record MessagingWiring(List<Publisher> publishers, Optional<DispatcherModel> dispatcher) {
    public MessagingWiring {
        publishers = List.copyOf(publishers);
    }

    /** An injected messaging interface: {@code @Binds abstract OrderEvents orderEvents(OrderEventsPublisher p)}. */
    public record Publisher(MessagingModel model) {}
}
