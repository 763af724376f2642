package dev.kiln.runtime.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a {@code @KilnApplication} serves and which services it calls. Generated as {@code KilnXxxApp.DESCRIPTOR}.
 *
 * <pre>{@code
 * new ApplicationDescriptor("com.example.ShopApp", "shop", List.of(OrderApiRouter.DESCRIPTOR), List.of("catalog"));
 * }</pre>
 *
 * @param name            binary name of the application class
 * @param applicationName the application's name ({@code @KilnApplication(name)}, or derived from the class);
 *                        {@code kiln.application.name} overrides it at run time
 * @param services        the services it serves
 * @param clients         logical names of the services it calls through typed clients
 */
public record ApplicationDescriptor(String name, String applicationName, List<ServiceDescriptor> services,
                                    List<String> clients) {
    public ApplicationDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicationName, "applicationName");
        services = List.copyOf(services);
        clients = List.copyOf(clients);
    }
}
