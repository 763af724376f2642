package bad;

import dev.kiln.Events;

@Events("orders")
interface MessageMethodNotVoid {
    boolean placed(Placed event); // <-- [KilnInvalidMessageMethod]

    record Placed(long id) {}
}
