package com.example;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Where the orders service keeps orders, for snippets that inject one. */
@Singleton
public class OrderStore {
    private final ConcurrentMap<Long, Order> orders = new ConcurrentHashMap<>();

    @Inject
    public OrderStore() {}

    public Optional<Order> get(long id) {
        return Optional.ofNullable(orders.get(id));
    }

    public void put(Order order) {
        orders.put(order.id(), order);
    }
}
