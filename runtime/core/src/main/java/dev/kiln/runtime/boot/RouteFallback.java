package dev.kiln.runtime.boot;

import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.http.HeaderNames;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The last route: reached only when no router handled the request. Answers 405 with {@code Allow}
 * when some route serves the path with another method, and 404 otherwise. The path is matched with
 * Helidon's own matchers, so "serves this path" means what the routing means.
 */
final class RouteFallback implements Handler {
    private record Route(String method, PathMatcher matcher) {}

    private final List<Route> routes;

    RouteFallback(List<? extends KilnRouter> routers) {
        List<Route> all = new ArrayList<>();
        for (KilnRouter router : routers) {
            for (RouteDescriptor route : router.descriptor().routes()) {
                all.add(new Route(route.method(), PathMatchers.create(route.path())));
            }
        }
        this.routes = List.copyOf(all);
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        var path = req.path().absolute();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.matcher().match(path).accepted()) {
                allowed.add(route.method());
                if (KilnRoutes.servesHead(route.method())) {
                    allowed.add("HEAD");
                }
            }
        }
        String method = req.prologue().method().text();
        if (allowed.isEmpty()) {
            ErrorResponses.send(req, res, Problem.of(404, "No route serves " + method + " " + path.path())
                    .withType(Problem.NO_ROUTE));
            return;
        }
        String allow = String.join(", ", allowed);
        res.header(HeaderNames.ALLOW, allow);
        ErrorResponses.send(req, res, Problem.of(405, "Method " + method + " is not allowed on " + path.path()
                + "; allowed: " + allow));
    }
}
