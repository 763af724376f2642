package secure;

import dev.kiln.runtime.http.Bodies;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.json.JsonCodecs;
import dev.kiln.runtime.ratelimit.RateLimitKeys;
import dev.kiln.runtime.ratelimit.RateLimiter;
import dev.kiln.runtime.ratelimit.RateLimiters;
import dev.kiln.runtime.ratelimit.RateLimits;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.security.Principal;
import dev.kiln.runtime.security.Rules;
import dev.kiln.runtime.security.Security;
import dev.kiln.runtime.validation.Violations;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Serves {@link OrderApi} on Helidon WebServer: one handler per route.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class OrderApiRouter implements KilnRouter {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("orders", "secure.OrderApi", List.of(
            new RouteDescriptor("GET", "/orders/{id}"),
            new RouteDescriptor("POST", "/orders"),
            new RouteDescriptor("DELETE", "/orders/{id}"),
            new RouteDescriptor("GET", "/orders/health"),
            new RouteDescriptor("GET", "/orders/mine")));

    private static final Param PATH_ID = Param.path("id");

    private static final Set<String> ROLES_ADMIN_CLERK = Set.of("admin", "clerk");

    private static final Set<String> SCOPES_ORDERS_READ = Set.of("orders:read");

    private static final JsonCodec<List<Order>> LIST_OF_ORDER = JsonCodecs.list(OrderJsonCodec.INSTANCE);

    private final OrderApi service;

    private final RateLimitKeys rateLimitKeys;

    private final RateLimiter getLimit;

    private final RateLimiter createLimit;

    private final RateLimiter cancelLimit;

    private final RateLimiter healthLimit;

    private final RateLimiter mineLimit;

    private final AuditFilter auditFilter;

    private final TraceFilter traceFilter;

    private final Clock validationClock;

    public OrderApiRouter(OrderApi service, RateLimiters rateLimiters, AuditFilter auditFilter,
            TraceFilter traceFilter, Optional<Clock> validationClock) {
        this.service = Objects.requireNonNull(service, "service");
        this.rateLimitKeys = rateLimiters.keys();
        this.getLimit = rateLimiters.limiter("orders.get", 100, Duration.ofMinutes(1));
        this.createLimit = rateLimiters.limiter("orders.create", 10, Duration.ofSeconds(30));
        this.cancelLimit = rateLimiters.limiter("orders.cancel", 100, Duration.ofMinutes(1));
        this.healthLimit = rateLimiters.limiter("orders.health", 100, Duration.ofMinutes(1));
        this.mineLimit = rateLimiters.limiter("orders.mine", 5, Duration.ofMillis(500));
        this.auditFilter = Objects.requireNonNull(auditFilter, "auditFilter");
        this.traceFilter = Objects.requireNonNull(traceFilter, "traceFilter");
        this.validationClock = validationClock.orElseGet(Clock::systemDefaultZone);
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("POST", "/orders", this::create, auditFilter, traceFilter);
        routes.add("GET", "/orders/health", this::health, auditFilter);
        routes.add("GET", "/orders/mine", this::mine, auditFilter);
        routes.add("GET", "/orders/{id}", this::get, auditFilter);
        routes.add("DELETE", "/orders/{id}", this::cancel, auditFilter);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Principal principal = Security.principal(req);
        Rules.requireAuthenticated(principal);
        RateLimits.check(getLimit, rateLimitKeys.ip(req), res);
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        Order result = service.get(id);
        Responses.json(res, 200, OrderJsonCodec.INSTANCE, result);
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal principal = Security.principal(req);
        Rules.requireRoles(principal, ROLES_ADMIN_CLERK);
        String rateLimitKey = rateLimitKeys.principal(principal.isAuthenticated() ? principal.name() : null, req);
        RateLimits.check(createLimit, rateLimitKey, res);
        NewOrder order = Bodies.json(req, NewOrderJsonCodec.INSTANCE);
        // Every constraint is checked, and all violations are answered in one 400.
        Violations violations = new Violations(validationClock);
        NewOrderValidator.validate(order, violations);
        violations.throwIfAny();
        Order result = service.create(principal, order);
        Responses.json(res, 201, OrderJsonCodec.INSTANCE, result);
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        Rules.denyAll();
        RateLimits.check(cancelLimit, rateLimitKeys.ip(req), res);
        long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
        service.cancel(id);
        Responses.noContent(res);
    }

    private void health(ServerRequest req, ServerResponse res) {
        RateLimits.check(healthLimit, rateLimitKeys.ip(req), res);
        String result = service.health();
        Responses.text(res, 200, result);
    }

    private void mine(ServerRequest req, ServerResponse res) {
        Principal caller = Security.principal(req);
        Rules.requireScopes(caller, SCOPES_ORDERS_READ);
        RateLimits.check(mineLimit, RateLimitKeys.GLOBAL, res);
        List<Order> result = service.mine(caller);
        Responses.json(res, 200, LIST_OF_ORDER, result);
    }
}
