package dev.kiln.samples.shop.api;

import dev.kiln.OrderingKey;
import java.math.BigDecimal;
import java.util.List;

/**
 * The payload of {@code orders.placed}. Events of one order are handled in order ({@link OrderingKey}); a newer
 * orders service may add components without breaking an older subscriber (unknown properties are ignored).
 */
public record OrderPlaced(@OrderingKey long orderId, String customer, List<Order.PricedLine> lines, BigDecimal total) {}
