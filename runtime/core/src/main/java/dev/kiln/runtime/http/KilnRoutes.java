package dev.kiln.runtime.http;

import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@link KilnRouter} registers its routes: each handler is wrapped once, here, in the global
 * filters and the route's own, then registered on Helidon's routing. A route with no filters is
 * registered as its bare handler. With {@linkplain Telemetry#enabled() telemetry}, each route is wrapped once more,
 * outermost, in its SERVER span and duration measurement ({@link ServerTelemetry}); without, nothing more is.
 *
 * <pre>{@code
 * routes.add("GET", "/orders/{id}", this::get);
 * routes.add("POST", "/orders", this::create, auditFilter);
 * }</pre>
 */
public final class KilnRoutes {
    private static final Comparator<KilnFilter> BY_ORDER = Comparator.comparingInt(KilnFilter::order);

    private final HttpRules rules;
    private final List<KilnFilter> globalFilters;
    private final String prefix;
    /** Null without telemetry: routes are then registered unwrapped. */
    private final ServerTelemetry telemetry;

    /** Routes registered on {@code rules}, each behind {@code globalFilters}, without telemetry. */
    public KilnRoutes(HttpRules rules, List<? extends KilnFilter> globalFilters) {
        this(rules, List.copyOf(globalFilters), "", null);
    }

    /**
     * Routes registered on {@code rules}, each behind {@code globalFilters}, and traced and measured through
     * {@code telemetry} when it is on.
     */
    public KilnRoutes(HttpRules rules, List<? extends KilnFilter> globalFilters, ServerTelemetry telemetry) {
        this(rules, List.copyOf(globalFilters), "", telemetry);
    }

    private KilnRoutes(HttpRules rules, List<KilnFilter> globalFilters, String prefix, ServerTelemetry telemetry) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.globalFilters = globalFilters;
        this.prefix = prefix;
        this.telemetry = telemetry;
    }

    /**
     * Registers {@code handler} for {@code method path}, behind the global filters and {@code filters}. A GET
     * route serves HEAD too (RFC 9110 §9.3.2): the same filters and handler run, and the answer carries the
     * status and headers of the GET answer, its body's length as {@code Content-Length}, and no body.
     */
    public KilnRoutes add(String method, String path, Handler handler, KilnFilter... filters) {
        String fullPath = prefix + path;
        RouteDescriptor route = new RouteDescriptor(method, fullPath);
        Handler composed = compose(route, chain(filters), handler);
        rules.route(Method.create(method), fullPath, traced(method, fullPath, composed));
        if (servesHead(method)) {
            Handler head = (req, res) -> composed.handle(req, new HeadResponse(res));
            rules.route(Method.HEAD, fullPath, traced("HEAD", fullPath, head));
        }
        return this;
    }

    private Handler traced(String method, String path, Handler handler) {
        return telemetry == null ? handler : telemetry.route(method, path, handler);
    }

    /** Whether a route declared with {@code method} also serves HEAD: GET routes do (RFC 9110 §9.3.2). */
    public static boolean servesHead(String method) {
        return "GET".equals(method);
    }

    /**
     * The same routes mounted under {@code pathPrefix}: {@code routes.under("/api").add("GET", "/orders", h)}
     * serves {@code GET /api/orders}.
     */
    public KilnRoutes under(String pathPrefix) {
        if (!pathPrefix.startsWith("/") || pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("A path prefix starts with '/' and does not end with one: " + pathPrefix);
        }
        return new KilnRoutes(rules, globalFilters, prefix + pathPrefix, telemetry);
    }

    /** The filters of one route, in the order they run. */
    List<KilnFilter> chain(KilnFilter... routeFilters) {
        List<KilnFilter> chain = new ArrayList<>(globalFilters.size() + routeFilters.length);
        chain.addAll(globalFilters);
        for (KilnFilter filter : routeFilters) {
            chain.add(Objects.requireNonNull(filter, "filter"));
        }
        chain.sort(BY_ORDER); // stable: equal orders keep global, service, route
        return chain;
    }

    /** {@code handler} wrapped in the filters of {@code chain} that apply to {@code route}, first filter outermost. */
    static Handler compose(RouteDescriptor route, List<KilnFilter> filters, Handler handler) {
        List<KilnFilter> chain = filters.stream().filter(f -> f.appliesTo(route)).toList();
        KilnFilter.Next next = handler::handle;
        for (int i = chain.size() - 1; i >= 0; i--) {
            KilnFilter filter = chain.get(i);
            KilnFilter.Next inner = next;
            next = (req, res) -> filter.filter(route, req, res, inner);
        }
        if (chain.isEmpty()) {
            return handler;
        }
        KilnFilter.Next outer = next;
        return outer::proceed;
    }
}
