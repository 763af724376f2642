package bad;

import dev.kiln.Events;

@Events("orders") // <-- [KilnMessagingNotInterface]
final class EventsOnClass {
    void placed(Placed event) {}

    record Placed(long id) {}
}
