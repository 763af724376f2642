package dev.kiln.runtime.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a {@code @Service} interface serves. Generated routers hold one as {@code DESCRIPTOR}.
 *
 * <pre>{@code
 * new ServiceDescriptor("orders", "com.example.OrderApi",
 *         List.of(new RouteDescriptor("GET", "/orders/{id}")));
 * }</pre>
 *
 * @param name          logical service name, the registry key and the typed client's discovery target
 * @param interfaceName binary name of the annotated interface
 * @param routes        every route, in registration order
 */
public record ServiceDescriptor(String name, String interfaceName, List<RouteDescriptor> routes) {
    public ServiceDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interfaceName, "interfaceName");
        routes = List.copyOf(routes);
    }
}
