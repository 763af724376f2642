package com.example;

import java.math.BigDecimal;

public record NewProduct(String sku, String name, BigDecimal price) {}
