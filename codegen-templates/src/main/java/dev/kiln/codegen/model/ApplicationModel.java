package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @KilnApplication}: what it serves, what it calls, and how its graph is started.
 *
 * @param app         the annotated class
 * @param served      services implemented in this compilation, sorted by service name
 * @param clients     injected services with no local implementation, bound to their typed clients,
 *                    sorted by service name
 * @param lifecycle   classes that implement {@code dev.kiln.runtime.lifecycle.Lifecycle}, dependencies
 *                    first; started in this order and stopped in reverse
 * @param userModules Dagger modules named by {@code @KilnApplication(modules = ...)}, in declared order
 */
public record ApplicationModel(
        ClassName app,
        List<ServedService> served,
        List<ClientBinding> clients,
        List<ClassName> lifecycle,
        List<ClassName> userModules) {

    /** A service this application serves: its interface model and the implementing class. */
    public record ServedService(ServiceModel service, ClassName implementation) {}

    /** A service this application calls through its generated client. */
    public record ClientBinding(ClassName iface, String serviceName) {
        public ClassName clientName() {
            return Names.sibling(iface, "Client");
        }
    }
}
