package events;

import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.RetryPolicy;
import dev.kiln.runtime.messaging.Subscription;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * Delivers the application's messages to its {@code @Subscribe} methods.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
public final class KilnShopAppDispatcher implements Lifecycle {
    private final Dispatcher dispatcher;

    @Inject
    public KilnShopAppDispatcher(Messaging messaging, Billing billing, Mailer mailer) {
        this.dispatcher = messaging.dispatcher()
                .subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                                (event, context) -> billing.on(event))
                        .subscriber("Billing.on"))
                .subscribe(Subscription.events("orders", "cancelled", OrderCancelledJsonCodec.INSTANCE,
                                (event, context) -> billing.on(event, context))
                        .subscriber("Billing.on")
                        .retry(new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(30))))
                .subscribe(Subscription.queue("emails", "send", EmailJobJsonCodec.INSTANCE,
                                (job, context) -> mailer.send(job))
                        .subscriber("Mailer.send"));
    }

    @Override
    public void start() {
        dispatcher.start();
    }

    @Override
    public void stop() {
        dispatcher.stop();
    }
}
