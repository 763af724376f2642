package dev.kiln.bench.model;

import java.math.BigDecimal;

/** One line of a {@link BenchOrder}. */
public record OrderLine(String sku, int quantity, BigDecimal price) {}
