package data;

import java.math.BigDecimal;

/** A line with its order's customer: {@code l.*} spelt out as the columns of lines, then the customer. */
public record CustomerLine(long id, long orderId, String sku, int quantity, BigDecimal price, String customer) {}
