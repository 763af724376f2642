package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code @Service} interface.
 *
 * @param iface    the interface
 * @param name     the logical service name
 * @param basePath the {@code @Path} value, normalised to start with {@code /} and not end with one
 * @param routes   routes in declaration order
 */
public record ServiceModel(ClassName iface, String name, String basePath, List<RouteModel> routes) {

    /** {@code <Interface>Router}, next to the interface. */
    public ClassName routerName() {
        return Names.sibling(iface, "Router");
    }

    /** {@code <Interface>Client}, next to the interface. */
    public ClassName clientName() {
        return Names.sibling(iface, "Client");
    }

    /** Whether a route has a rate limit: the router then takes the application's {@code RateLimiters}. */
    public boolean hasRateLimits() {
        return routes.stream().anyMatch(r -> r.policy().rateLimit().isPresent());
    }

    /**
     * Whether a route checks constraints (a constrained parameter or a {@code @Valid} body): its router then
     * takes the graph's optional {@code @ValidationClock Clock}.
     */
    public boolean validates() {
        return routes.stream().anyMatch(r -> r.params().stream().anyMatch(p -> !p.constraints().isEmpty()));
    }

    /** Whether a route reads the request's principal, so the application must authenticate requests. */
    public boolean needsAuthentication() {
        return routes.stream().anyMatch(RouteModel::needsPrincipal);
    }

    /**
     * Every {@code @Filters} class of the routes, each once, in the order first met: the router's
     * constructor takes one instance of each, in this order.
     */
    public List<ClassName> filterClasses() {
        Set<ClassName> classes = new LinkedHashSet<>();
        routes.forEach(r -> classes.addAll(r.policy().filters()));
        return List.copyOf(classes);
    }

    /**
     * The name of each route's rate limiter, by route index: {@code <service>.<method>}
     * ({@code orders.create}); an overload gets {@code -2}, {@code -3}... after the first. It names the
     * limiter's Redis keys, so it stays the same on every instance of the service.
     */
    public List<String> rateLimiterNames() {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RouteModel route : routes) {
            String base = name + "." + route.methodName();
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = base + "-" + n;
            }
            names.add(candidate);
        }
        return List.copyOf(names);
    }
}
