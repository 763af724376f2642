package dev.kiln.runtime.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a {@code @KilnApplication} serves and which services it calls. Generated as {@code KilnXxxApp.DESCRIPTOR}.
 *
 * <pre>{@code
 * new ApplicationDescriptor("com.example.ShopApp", "shop", List.of(OrderApiRouter.DESCRIPTOR), List.of("catalog"),
 *         List.of("com.example"));
 * }</pre>
 *
 * @param name            binary name of the application class
 * @param applicationName the application's name ({@code @KilnApplication(name)}, or derived from the class);
 *                        {@code kiln.application.name} overrides it at run time
 * @param services        the services it serves
 * @param clients         logical names of the services it calls through typed clients
 * @param packages        the packages of its own code (the application class's, its served implementations' and
 *                        components'; each with its subpackages): error fingerprints count frames there
 */
public record ApplicationDescriptor(String name, String applicationName, List<ServiceDescriptor> services,
                                    List<String> clients, List<String> packages) {
    public ApplicationDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(applicationName, "applicationName");
        services = List.copyOf(services);
        clients = List.copyOf(clients);
        packages = List.copyOf(packages);
    }

    /** An application whose own code is in its class's package (and below). */
    public ApplicationDescriptor(String name, String applicationName, List<ServiceDescriptor> services,
                                 List<String> clients) {
        this(name, applicationName, services, clients,
                name.lastIndexOf('.') < 0 ? List.of() : List.of(name.substring(0, name.lastIndexOf('.'))));
    }
}
