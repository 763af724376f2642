package bad;

import dev.kiln.Events;

@Events("orders")
interface UnencodablePayload {
    void placed(Placed event);

    record Placed(long id, Object extra) {} // <-- [KilnUnencodableComponent]
}
