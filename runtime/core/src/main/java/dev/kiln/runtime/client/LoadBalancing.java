package dev.kiln.runtime.client;

import java.util.Locale;

/**
 * How a discovered client picks one of a service's UP instances for each call
 * ({@code kiln.clients.<service>.load-balancer}).
 *
 * <pre>{@code
 * CatalogApiClient.builder().registry(registry).loadBalancing(LoadBalancing.ROUND_ROBIN).build();
 * }</pre>
 */
public enum LoadBalancing {
    /**
     * {@code power-of-two} (default): two instances drawn at random, the one with fewer calls in flight wins.
     * Slow or overloaded instances get fewer calls without any shared state (Mitzenmacher's "power of two
     * choices"; Envoy's and Finagle's default).
     */
    POWER_OF_TWO("power-of-two"),
    /** {@code round-robin}: each instance in turn, whatever its load. */
    ROUND_ROBIN("round-robin");

    private final String configName;

    LoadBalancing(String configName) {
        this.configName = configName;
    }

    /** The value as written in configuration. */
    public String configName() {
        return configName;
    }

    /** The strategy {@code text} names; an {@link IllegalArgumentException} naming {@code key} otherwise. */
    public static LoadBalancing parse(String key, String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        for (LoadBalancing value : values()) {
            if (value.configName.equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Configuration '" + key + "' is '" + text
                + "'; expected power-of-two or round-robin");
    }
}
