package dev.kiln.runtime.lifecycle;

import java.util.List;
import java.util.Objects;

/**
 * One {@link Lifecycle} component of an application as the generated entry point hands it to the boot: its
 * name (the class's simple name), the instance, the names of the components it depends on in the graph
 * (directly or through classes that are not components) and, when {@code @Supervised}, how it is restarted.
 *
 * <pre>{@code
 * LifecycleComponent.of("Indexer", component.indexer(), List.of("FeedPoller"))
 *         .supervised(new Supervision(5, Duration.ofMillis(60000), Duration.ofMillis(200), Duration.ofMillis(10000)))
 * }</pre>
 *
 * @param name        unique within the application
 * @param instance    the component
 * @param dependsOn   names of components that must be running before this one starts
 * @param supervision how it is restarted, or null when it is not supervised
 */
public record LifecycleComponent(String name, Lifecycle instance, List<String> dependsOn, Supervision supervision) {
    public LifecycleComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(instance, "instance");
        dependsOn = List.copyOf(dependsOn);
    }

    /** A component with no component dependencies, not supervised. */
    public static LifecycleComponent of(String name, Lifecycle instance) {
        return new LifecycleComponent(name, instance, List.of(), null);
    }

    /** A component started after {@code dependsOn}, not supervised. */
    public static LifecycleComponent of(String name, Lifecycle instance, List<String> dependsOn) {
        return new LifecycleComponent(name, instance, dependsOn, null);
    }

    /** This component, restarted as {@code supervision} says when it fails. */
    public LifecycleComponent supervised(Supervision supervision) {
        return new LifecycleComponent(name, instance, dependsOn, Objects.requireNonNull(supervision, "supervision"));
    }

    /** Whether a supervisor restarts it. */
    public boolean isSupervised() {
        return supervision != null;
    }
}
