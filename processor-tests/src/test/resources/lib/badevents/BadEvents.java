package badevents;

import dev.kiln.Events;

/** Compiled without Kiln's processor (-proc:none), so nothing checked it: a method that returns a value. */
@Events("orders")
public interface BadEvents {
    boolean placed(BadPlaced event);
}
