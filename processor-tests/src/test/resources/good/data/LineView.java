package data;

import java.math.BigDecimal;

/** An order with one of its lines, if it has any: the line's columns come from the optional side of a LEFT JOIN. */
public record LineView(long orderId, String sku, Integer quantity, BigDecimal price) {}
