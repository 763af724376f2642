package com.example;

import dev.kiln.Events;

@Events("orders")
public interface OrderEvents {
    void placed(OrderPlaced event);

    void cancelled(OrderCancelled event);
}
