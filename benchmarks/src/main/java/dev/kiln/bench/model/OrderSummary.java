package dev.kiln.bench.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** What {@code POST /orders} answers with: totals computed from the posted {@link BenchOrder}. */
public record OrderSummary(
        String customer,
        int lineCount,
        int totalQuantity,
        BigDecimal total,
        Priority priority,
        Instant placedAt,
        Optional<String> note) {}
