package dev.kiln.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the test application's components did, in order ({@code "FeedPoller.start"}, …), for the tests to read:
 * the generated wiring is proven by what the components themselves saw. One JVM-wide trail; tests clear it.
 */
public final class ComponentTrail {
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private ComponentTrail() {}

    static void record(String event) {
        EVENTS.add(event);
    }

    /** The events so far. */
    public static List<String> events() {
        return List.copyOf(EVENTS);
    }

    /** Forgets every event. */
    public static void clear() {
        EVENTS.clear();
    }
}
