package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * The application's {@code Kiln<App>Dispatcher}: every {@code @Subscribe} method of its graph.
 *
 * @param name          the dispatcher's name
 * @param subscribers   the classes whose methods it calls, in constructor order
 * @param subscriptions one per {@code @Subscribe} method, in a stable order
 */
public record DispatcherModel(ClassName name, List<ClassName> subscribers, List<Subscription> subscriptions) {
    public DispatcherModel {
        subscribers = List.copyOf(subscribers);
        subscriptions = List.copyOf(subscriptions);
    }

    /**
     * One {@code @Subscribe} method.
     *
     * @param subscriber  its class
     * @param handler     its name
     * @param takesContext whether it takes a {@code MessageContext} second
     * @param queue       whether the destination is a queue
     * @param destination the topic or queue
     * @param message     the publishing method of the messaging interface: the CloudEvents type's second half
     * @param parameter   that method's parameter name: the handler lambda's first parameter
     * @param payload     the payload type
     * @param retry       its {@code @Retry}, when it has one
     */
    public record Subscription(ClassName subscriber, String handler, boolean takesContext, boolean queue,
                               String destination, String message, String parameter, ClassName payload, Optional<Retry> retry) {
        /** The payload's generated codec. */
        public ClassName codecName() {
            return Names.codec(payload);
        }
    }

    /** A {@code @Retry}: {@code new RetryPolicy(maxAttempts, backoff, maxBackoff)}. */
    public record Retry(int maxAttempts, long backoffMillis, long maxBackoffMillis) {}

    /** {@code Kiln<App>Dispatcher}, next to the application class. */
    public static ClassName nameFor(ClassName app) {
        return Names.sibling(Names.application(app), "Dispatcher");
    }
}
