package bad;

import dev.kiln.Events;
import dev.kiln.OrderingKey;

@Events("orders")
interface DuplicateOrderingKey {
    void placed(Placed event);

    record Placed(@OrderingKey long id,
                  @OrderingKey String customer) {} // <-- [KilnDuplicateOrderingKey]
}
