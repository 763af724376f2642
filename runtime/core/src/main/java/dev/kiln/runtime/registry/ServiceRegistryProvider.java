package dev.kiln.runtime.registry;

import dev.kiln.runtime.config.KilnConfig;

/**
 * How a registry module offers a {@code kiln.registry.type}. This is Kiln's own wiring, the one place the
 * registry uses {@link java.util.ServiceLoader}: {@link ServiceRegistries#create} loads the providers once at
 * start-up, so that {@code kiln-runtime-core} does not depend on the modules that bring Redis or other stores.
 * A module lists its provider in {@code META-INF/services/dev.kiln.runtime.registry.ServiceRegistryProvider}.
 *
 * <pre>{@code
 * public final class RedisRegistryProvider implements ServiceRegistryProvider {
 *     @Override public String type() { return "redis"; }
 *     @Override public ServiceRegistry create(KilnConfig config) { return RedisServiceRegistry.create(config); }
 * }
 * }</pre>
 */
public interface ServiceRegistryProvider {

    /** The value of {@code kiln.registry.type} this provider answers, lower case ({@code redis}). */
    String type();

    /** A started registry; throws, naming the address, when its store cannot be reached. */
    ServiceRegistry create(KilnConfig config);
}
