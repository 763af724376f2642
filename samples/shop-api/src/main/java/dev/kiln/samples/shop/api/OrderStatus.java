package dev.kiln.samples.shop.api;

/** Where an order stands. */
public enum OrderStatus {
    PLACED, CANCELLED
}
