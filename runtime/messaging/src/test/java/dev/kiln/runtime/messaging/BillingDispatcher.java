package dev.kiln.runtime.messaging;

import dev.kiln.runtime.lifecycle.Lifecycle;
import java.time.Duration;

/**
 * Exactly what the processor generates for an application whose injectable {@code Recorder} has
 * {@code @Subscribe @Retry(maxAttempts = 3, backoff = "100ms", maxBackoff = "1s") void on(OrderPlaced, MessageContext)}
 * and {@code @Subscribe void send(EmailJob)} (docs/events.md, "Generated code").
 */
public final class BillingDispatcher implements Lifecycle {
    private final Dispatcher dispatcher;

    // @Inject
    public BillingDispatcher(Messaging messaging, Recorder recorder) {
        this.dispatcher = messaging.dispatcher()
                .subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                                (event, context) -> recorder.on(event, context))
                        .subscriber("Recorder.on")
                        .retry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1))))
                .subscribe(Subscription.queue("emails", "send", EmailJobJsonCodec.INSTANCE,
                                (job, context) -> recorder.send(job))
                        .subscriber("Recorder.send"));
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
