package dev.kiln.bench.kiln;

import dev.kiln.Supervised;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * A supervised component whose start, stop and check cost next to nothing, so that the bench application runs
 * a supervisor (the {@code kiln-supervisor} thread polling this check every
 * {@code kiln.lifecycle.supervision.interval}) and {@code /health/ready} has an application check besides the
 * built-in ones. {@code benchmarks/management.sh} measures what that machinery costs the request path; it is
 * never DOWN, so it is never restarted.
 */
@Singleton
@Supervised
final class BenchHeartbeat implements Lifecycle, HealthCheck {
    private volatile boolean running;

    @Inject
    BenchHeartbeat() {}

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public HealthResult check() {
        return running ? HealthResult.up() : HealthResult.down("not started");
    }
}
