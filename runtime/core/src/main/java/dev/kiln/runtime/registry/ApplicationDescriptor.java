package dev.kiln.runtime.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a {@code @KilnApplication} serves and which services it calls. Generated as {@code KilnXxxApp.DESCRIPTOR}.
 *
 * <pre>{@code
 * new ApplicationDescriptor("com.example.ShopApp", List.of(OrderApiRouter.DESCRIPTOR), List.of("catalog"));
 * }</pre>
 *
 * @param name     binary name of the application class
 * @param services the services it serves
 * @param clients  logical names of the services it calls through typed clients
 */
public record ApplicationDescriptor(String name, List<ServiceDescriptor> services, List<String> clients) {
    public ApplicationDescriptor {
        Objects.requireNonNull(name, "name");
        services = List.copyOf(services);
        clients = List.copyOf(clients);
    }
}
