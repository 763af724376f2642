package com.example;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An order as the orders service keeps it (samples/shop-api's). */
public record Order(long id, String customer, List<PricedLine> lines, BigDecimal total, OrderStatus status,
        Instant createdAt, Optional<String> cancelReason) {
    public record PricedLine(String sku, String name, int quantity, BigDecimal unitPrice) {}
}
