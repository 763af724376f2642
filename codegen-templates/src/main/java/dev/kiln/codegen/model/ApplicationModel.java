package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code @KilnApplication}: what it serves, what it calls, and how its graph is started.
 *
 * @param app          the annotated class
 * @param name         the application's name ({@code @KilnApplication(name)} or {@link Names#applicationName})
 * @param served       services implemented in this compilation, sorted by service name
 * @param clients      injected services with no local implementation, bound to their typed clients,
 *                     sorted by service name
 * @param components   classes that implement {@code dev.kiln.runtime.lifecycle.Lifecycle}, dependencies
 *                     first; started in this order and stopped in reverse
 * @param healthChecks classes of the graph that implement {@code dev.kiln.runtime.health.HealthCheck}, by name
 * @param userModules  Dagger modules named by {@code @KilnApplication(modules = ...)}, in declared order
 * @param requireSecurityRules {@code @KilnApplication(requireSecurityRules)}: every served route carries a rule
 */
public record ApplicationModel(
        ClassName app,
        String name,
        List<ServedService> served,
        List<ClientBinding> clients,
        List<ComponentModel> components,
        List<ClassName> healthChecks,
        List<ClassName> userModules,
        boolean requireSecurityRules) {

    public ApplicationModel {
        served = List.copyOf(served);
        clients = List.copyOf(clients);
        components = List.copyOf(components);
        healthChecks = List.copyOf(healthChecks);
        userModules = List.copyOf(userModules);
    }

    /**
     * An application with the default name, no health checks and no rule on every route, whose lifecycle
     * classes each depend on none and are not supervised (for tests of the templates).
     */
    public ApplicationModel(ClassName app, List<ServedService> served, List<ClientBinding> clients,
                            List<ClassName> lifecycle, List<ClassName> userModules) {
        this(app, served, clients, lifecycle, userModules, false);
    }

    /** As the five-argument constructor, with {@code requireSecurityRules}. */
    public ApplicationModel(ClassName app, List<ServedService> served, List<ClientBinding> clients,
                            List<ClassName> lifecycle, List<ClassName> userModules, boolean requireSecurityRules) {
        this(app, Names.applicationName(app.simpleName()), served, clients,
                lifecycle.stream().map(t -> new ComponentModel(t, t.simpleName(), List.of(), Optional.empty())).toList(),
                List.of(), userModules, requireSecurityRules);
    }

    /** The lifecycle classes, in start order. */
    public List<ClassName> lifecycle() {
        return components.stream().map(ComponentModel::type).toList();
    }

    /**
     * The packages of the application's own code, for error fingerprints: the application class's, its served
     * implementations', its components' and health checks', sorted, each once and none inside another (a package
     * covers its subpackages).
     */
    public List<String> packages() {
        Set<String> all = new TreeSet<>();
        all.add(app.packageName());
        served.forEach(s -> all.add(s.implementation().packageName()));
        components.forEach(c -> all.add(c.type().packageName()));
        healthChecks.forEach(c -> all.add(c.packageName()));
        all.remove("");
        return all.stream().filter(p -> all.stream().noneMatch(q -> p.startsWith(q + "."))).toList();
    }

    /** Whether a served route reads the principal: the graph then includes {@code KilnSecurityModule}. */
    public boolean usesSecurity() {
        return served.stream().anyMatch(s -> s.service().needsAuthentication());
    }

    /** Whether a served route is rate limited: the graph then includes {@code KilnRateLimitModule}. */
    public boolean usesRateLimits() {
        return served.stream().anyMatch(s -> s.service().hasRateLimits());
    }

    /** Every {@code @Filters} class of the served routes, each once, in the order first met. */
    public List<ClassName> filterClasses() {
        Set<ClassName> classes = new LinkedHashSet<>();
        served.forEach(s -> classes.addAll(s.service().filterClasses()));
        return List.copyOf(classes);
    }

    /** A service this application serves: its interface model and the implementing class. */
    public record ServedService(ServiceModel service, ClassName implementation) {}

    /**
     * A service this application calls through its generated client.
     *
     * @param routes the routes of the client's interface (what the application may call; the service map lists them)
     */
    public record ClientBinding(ClassName iface, String serviceName, List<RouteModel> routes) {
        public ClientBinding {
            routes = List.copyOf(routes);
        }

        /** A client whose routes are not listed. */
        public ClientBinding(ClassName iface, String serviceName) {
            this(iface, serviceName, List.of());
        }

        public ClassName clientName() {
            return Names.sibling(iface, "Client");
        }
    }
}
