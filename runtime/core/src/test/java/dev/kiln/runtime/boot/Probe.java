package dev.kiln.runtime.boot;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A component as a user writes one: {@link Lifecycle} with its own {@link HealthCheck}. It records its starts
 * and stops in a shared event log; a test turns it DOWN or makes its next starts throw.
 */
final class Probe implements Lifecycle, HealthCheck {
    private final String name;
    private final List<String> events;
    volatile boolean healthy = true;
    final AtomicInteger failingStarts = new AtomicInteger();

    Probe(String name, List<String> events) {
        this.name = name;
        this.events = events;
    }

    @Override
    public void start() {
        events.add("start " + name);
        if (failingStarts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException(name + " cannot connect");
        }
    }

    @Override
    public void stop() {
        events.add("stop " + name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HealthResult check() {
        return healthy ? HealthResult.up() : HealthResult.down(name + " stalled");
    }
}
