package bad;

import dev.kiln.Events;

final class ConflictingMessageType {
    @Events("orders")
    interface First {
        void placed(Placed event);
    }

    @Events("orders")
    interface Second {
        void placed(OtherPlaced event); // <-- [KilnConflictingMessageType]
    }

    record Placed(long id) {}

    record OtherPlaced(String id) {}
}
