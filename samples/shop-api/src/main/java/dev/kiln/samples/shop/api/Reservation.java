package dev.kiln.samples.shop.api;

import java.math.BigDecimal;

/** Units held for an order, at the price of the moment. */
public record Reservation(String sku, String name, int quantity, BigDecimal unitPrice, int leftInStock) {}
