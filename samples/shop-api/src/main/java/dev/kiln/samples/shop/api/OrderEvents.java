package dev.kiln.samples.shop.api;

import dev.kiln.Events;

/**
 * What happens to orders, for any service that wants to know. Orders publishes through it; another service
 * subscribes with {@code @Subscribe void on(OrderPlaced event)}. This module has no messaging runtime, so it holds
 * only the interface and the payloads' codecs: orders, which injects the interface, generates
 * {@code OrderEventsPublisher}, and notifications, which subscribes, generates its dispatcher.
 */
@Events("orders")
public interface OrderEvents {

    /** An order was placed: every line reserved in the catalog. CloudEvents type {@code orders.placed}. */
    void placed(OrderPlaced event);
}
