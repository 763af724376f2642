package dev.kiln.runtime.registry;

import dev.kiln.runtime.config.KilnConfig;

/**
 * The registry {@code kiln.registry.type} asks for: {@code memory} (default), {@code static} or a type a
 * registry module provides ({@code redis}).
 */
public final class ServiceRegistries {
    private ServiceRegistries() {}

    /** The configured registry; an unknown type, or one whose module is missing, fails naming what to add. */
    public static ServiceRegistry create(KilnConfig config) {
        // TODO(issue 7): static and provided types.
        return new InMemoryServiceRegistry();
    }
}
