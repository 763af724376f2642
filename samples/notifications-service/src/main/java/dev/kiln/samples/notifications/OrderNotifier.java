package dev.kiln.samples.notifications;

import dev.kiln.Subscribe;
import dev.kiln.runtime.messaging.MessageContext;
import dev.kiln.samples.shop.api.Order;
import dev.kiln.samples.shop.api.OrderPlaced;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Hears every order placed (the orders topic, from shop-api's {@code OrderEvents}) and queues the customer's
 * confirmation. Nothing injects it: its {@code @Subscribe} method and {@code @Inject} constructor put it in the
 * application's graph, and the generated dispatcher calls it.
 */
@Singleton
final class OrderNotifier {
    private final EmailQueue emails;

    @Inject
    OrderNotifier(EmailQueue emails) {
        this.emails = emails;
    }

    // Queuing is the whole side effect, and the job carries the event's id: a redelivered event queues a job the
    // mailer recognises (at-least-once, made idempotent downstream).
    @Subscribe
    void on(OrderPlaced event, MessageContext context) {
        String lines = event.lines().stream().map(OrderNotifier::describe).collect(Collectors.joining(", "));
        emails.send(new EmailJob(context.id(), context.source(), event.customer(),
                "Order " + event.orderId() + " placed", lines + "; " + event.total() + " in all"));
    }

    private static String describe(Order.PricedLine line) {
        return line.quantity() + " x " + line.name();
    }
}
