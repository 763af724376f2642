package dev.kiln.samples.shop.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An order as the orders service keeps it; lines carry the catalog's name and price. */
public record Order(
        long id,
        String customer,
        List<PricedLine> lines,
        BigDecimal total,
        OrderStatus status,
        Instant createdAt,
        Optional<String> cancelReason) {

    /** A line priced by the catalog. */
    public record PricedLine(String sku, String name, int quantity, BigDecimal unitPrice) {}
}
