package dev.kiln.samples.shop.api;

import java.math.BigDecimal;

/** A product of the catalog. */
public record Product(String sku, String name, Category category, BigDecimal price, int inStock) {}
