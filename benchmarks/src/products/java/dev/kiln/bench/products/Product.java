package dev.kiln.bench.products;

import java.math.BigDecimal;

/** A row of {@code products}, and the JSON both routes answer. */
public record Product(String sku, String name, BigDecimal price, int inStock) {}
