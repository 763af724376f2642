package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface OuterJoinIntoPrimitive {
    record Line(long orderId, int quantity) {}

    @Query("SELECT o.id AS order_id, l.quantity FROM orders o LEFT JOIN lines l ON l.order_id = o.id") // <-- [KilnNullableIntoPrimitive]
    List<Line> lines();
}
