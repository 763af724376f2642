package bad;

import dev.kiln.Events;

@Events("orders")
interface MessageMethodTwoPayloads {
    void placed(Placed event, String note); // <-- [KilnInvalidMessageMethod]

    record Placed(long id) {}
}
