package com.example;

import java.math.BigDecimal;

public record Reservation(String sku, int quantity, BigDecimal unitPrice) {}
