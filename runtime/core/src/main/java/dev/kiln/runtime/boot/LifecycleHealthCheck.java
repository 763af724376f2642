package dev.kiln.runtime.boot;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthKind;
import dev.kiln.runtime.health.HealthResult;
import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.LifecycleState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Readiness {@code lifecycle}: UP only while the application runs with every component RUNNING; DOWN while it
 * starts, drains and stops, while a component is RECOVERING and once one has FAILED. Its data shows the
 * application's state and, per component, {@code <name>.state}, {@code <name>.restarts} (supervised ones),
 * {@code <name>.lastFailure} and {@code <name>.nextAttempt} when there are such.
 */
final class LifecycleHealthCheck implements HealthCheck {
    private final Components components;

    LifecycleHealthCheck(Components components) {
        this.components = components;
    }

    @Override
    public String name() {
        return "lifecycle";
    }

    @Override
    public HealthResult check() {
        LifecycleState state = components.state();
        List<ComponentStatus> statuses = components.statuses();
        HealthResult result = state == LifecycleState.RUNNING ? HealthResult.up() : HealthResult.down(reason(state, statuses));
        result = result.withData("application", state.name());
        for (ComponentStatus status : statuses) {
            result = result.withData(status.name() + ".state", status.state().name());
            if (status.supervised()) {
                result = result.withData(status.name() + ".restarts", status.restarts());
            }
            if (status.lastFailure() != null) {
                result = result.withData(status.name() + ".lastFailure", status.lastFailure());
            }
            if (status.nextAttempt() != null) {
                result = result.withData(status.name() + ".nextAttempt", status.nextAttempt().toString());
            }
        }
        return result;
    }

    private static String reason(LifecycleState state, List<ComponentStatus> statuses) {
        if (state == LifecycleState.FAILED || state == LifecycleState.RECOVERING) {
            return statuses.stream().filter(s -> s.state() == state).map(ComponentStatus::name)
                    .collect(Collectors.joining(", ", state == LifecycleState.FAILED ? "failed: " : "recovering: ", ""));
        }
        return "application is " + state;
    }

    /** Startup {@code started}: UP once start-up has finished (and from then on). */
    static HealthCheck started(Components components) {
        return new HealthCheck() {
            @Override
            public String name() {
                return "started";
            }

            @Override
            public HealthKind kind() {
                return HealthKind.STARTUP;
            }

            @Override
            public HealthResult check() {
                return components.startupFinished() ? HealthResult.up() : HealthResult.down("application is starting");
            }
        };
    }
}
