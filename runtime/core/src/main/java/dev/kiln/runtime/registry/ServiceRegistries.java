package dev.kiln.runtime.registry;

import dev.kiln.runtime.config.KilnConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The registry {@code kiln.registry.type} asks for: {@code memory} (default), {@code static} or a type a
 * registry module provides through {@link ServiceRegistryProvider} ({@code redis} with
 * {@code kiln-runtime-registry-redis}).
 *
 * <pre>{@code
 * ServiceRegistry registry = ServiceRegistries.create(KilnConfig.of(Map.of(
 *         "kiln.registry.type", "static",
 *         "kiln.registry.static.catalog", "http://10.0.0.5:8080, http://10.0.0.6:8080")));
 * }</pre>
 */
public final class ServiceRegistries {
    /** The key that chooses the registry. */
    public static final String TYPE = "kiln.registry.type";

    private ServiceRegistries() {}

    /** The configured registry; an unknown type, or one whose module is missing, fails naming what to add. */
    public static ServiceRegistry create(KilnConfig config) {
        String type = config.get(TYPE, "memory").strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case "memory":
                return new InMemoryServiceRegistry();
            case "static":
                return StaticServiceRegistry.from(config);
            default:
                break;
        }
        List<String> provided = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ServiceRegistryProvider provider : ServiceLoader.load(ServiceRegistryProvider.class,
                loader == null ? ServiceRegistries.class.getClassLoader() : loader)) {
            if (provider.type().equals(type)) {
                return provider.create(config);
            }
            provided.add(provider.type());
        }
        throw new IllegalStateException(unknownType(type, provided));
    }

    static String unknownType(String type, List<String> provided) {
        String known = "memory, static" + (provided.isEmpty() ? "" : ", " + String.join(", ", provided));
        String message = "Configuration '" + TYPE + "' is '" + type + "', which no registry on the class path"
                + " provides (known here: " + known + ")";
        if (type.equals("redis")) {
            return message + "; add the dependency dev.kiln:kiln-runtime-registry-redis to the application";
        }
        return message + "; use one of those, or add the module that provides '" + type + "'";
    }
}
