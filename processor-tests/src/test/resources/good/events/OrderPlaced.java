package events;

import dev.kiln.OrderingKey;
import java.math.BigDecimal;

public record OrderPlaced(@OrderingKey long orderId, String customer, BigDecimal total) {}
