package data;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record OrderRow(long id, String customer, BigDecimal total, OrderStatus status, OffsetDateTime createdAt,
                       String note, Priority priority) {}
