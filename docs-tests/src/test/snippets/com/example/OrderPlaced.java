package com.example;

import dev.kiln.OrderingKey;
import java.math.BigDecimal;
import java.util.List;

public record OrderPlaced(@OrderingKey long orderId, String customer, List<Order.PricedLine> lines, BigDecimal total) {}
