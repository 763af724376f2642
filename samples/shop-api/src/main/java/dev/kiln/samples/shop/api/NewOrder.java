package dev.kiln.samples.shop.api;

import java.util.List;

/** What a customer asks for. */
public record NewOrder(String customer, List<OrderLine> lines) {

    /** A SKU and how many of it. */
    public record OrderLine(String sku, int quantity) {}
}
