package com.example;

import java.util.List;

/** What a customer asks for (samples/shop-api's). */
public record NewOrder(String customer, List<OrderLine> lines) {
    public record OrderLine(String sku, int quantity) {}
}
