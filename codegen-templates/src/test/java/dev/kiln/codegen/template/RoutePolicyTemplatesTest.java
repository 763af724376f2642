package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static dev.kiln.codegen.template.SourceAssert.assertLinesInOrder;
import static dev.kiln.codegen.template.SourceAssert.assertNoLineContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.Declared;
import dev.kiln.codegen.model.HttpMethod;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.RateLimitPolicy;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.RoutePolicy;
import dev.kiln.codegen.model.SecurityRule;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Routes with rules, rate limits, filters and a {@code Principal}, rendered from a hand-built model: the
 * guards at the top of each handler, the router's constructor and routing, and the application's wiring.
 * (The whole of it compiled and run is in processor-tests' secure golden case and runtime/tests.)
 */
class RoutePolicyTemplatesTest {
    private static final ClassName AUDIT = ClassName.get(Fixtures.PKG, "AuditFilter");
    private static final ClassName PRINCIPAL = ClassName.get("dev.kiln.runtime.security", "Principal");

    private static RoutePolicy policy(SecurityRule rule, RateLimitPolicy limit, ClassName... filters) {
        return new RoutePolicy(Optional.ofNullable(rule), Optional.ofNullable(limit), List.of(filters));
    }

    private static ServiceModel service() {
        ParamModel principal = new ParamModel("req", ParamKind.PRINCIPAL, "req", new ValueType.RecordRef(PRINCIPAL),
                Optional.empty());
        return new ServiceModel(Fixtures.ORDER_API, "orders", "/orders", List.of(
                new RouteModel("find", HttpMethod.GET, "/orders/{id}", 200, List.of(Fixtures.path("id", Fixtures.LONG)),
                        Fixtures.STRING, policy(new SecurityRule(SecurityRule.Kind.ROLES_ALLOWED, List.of("admin"),
                        Declared.METHOD), new RateLimitPolicy(10, Duration.ofMinutes(1), "1m", RateLimitPolicy.Key.IP,
                        Declared.INTERFACE), AUDIT)),
                // An overload, and a Principal parameter whose name clashes with the handler's request.
                new RouteModel("find", HttpMethod.GET, "/orders/mine", 200, List.of(principal), Fixtures.STRING,
                        policy(new SecurityRule(SecurityRule.Kind.AUTHENTICATED, List.of(), Declared.INTERFACE),
                                new RateLimitPolicy(2, Duration.ofMillis(1500), "1500ms",
                                        RateLimitPolicy.Key.PRINCIPAL, Declared.METHOD))),
                new RouteModel("purge", HttpMethod.DELETE, "/orders", 204, List.of(), new ValueType.Void(),
                        policy(new SecurityRule(SecurityRule.Kind.DENY_ALL, List.of(), Declared.METHOD), null)),
                new RouteModel("health", HttpMethod.GET, "/orders/health", 200, List.of(), Fixtures.STRING,
                        policy(new SecurityRule(SecurityRule.Kind.PERMIT_ALL, List.of(), Declared.METHOD), null))));
    }

    @Test
    void handlersCheckTheRuleThenTheLimitBeforeBindingAnything() {
        String router = RouterTemplate.render(service()).toString();

        assertLinesInOrder(router,
                "private void find(ServerRequest req, ServerResponse res) {",
                "Principal principal = Security.principal(req);",
                "Rules.requireRoles(principal, ROLES_ADMIN);",
                "RateLimits.check(findLimit, rateLimitKeys.ip(req), res);",
                "long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);",
                // the user's parameter keeps its name; the handler's request gives way
                "private void find_(ServerRequest req_, ServerResponse res) {",
                "Principal req = Security.principal(req_);",
                "Rules.requireAuthenticated(req);",
                "String rateLimitKey = rateLimitKeys.principal(req.isAuthenticated() ? req.name() : null, req_);",
                "RateLimits.check(find_Limit, rateLimitKey, res);",
                "String result = service.find(req);",
                "private void purge(ServerRequest req, ServerResponse res) {",
                "Rules.denyAll();",
                "service.purge();",
                "private void health(ServerRequest req, ServerResponse res) {",
                "String result = service.health();");
        assertHasLines(router, "private static final Set<String> ROLES_ADMIN = Set.of(\"admin\");");
        assertNoLineContains(router, "Rules.permitAll");
    }

    @Test
    void theConstructorMakesEachLimiterOnceAndTakesTheFilters() {
        String router = RouterTemplate.render(service()).toString();

        assertLinesInOrder(router,
                "private final OrderApi service;",
                "private final RateLimitKeys rateLimitKeys;",
                "private final RateLimiter findLimit;",
                "private final RateLimiter find_Limit;",
                "private final AuditFilter auditFilter;",
                "public OrderApiRouter(OrderApi service, RateLimiters rateLimiters, AuditFilter auditFilter) {",
                "this.rateLimitKeys = rateLimiters.keys();",
                "this.findLimit = rateLimiters.limiter(\"orders.find\", 10, Duration.ofMinutes(1));",
                "this.find_Limit = rateLimiters.limiter(\"orders.find-2\", 2, Duration.ofMillis(1500));",
                "this.auditFilter = Objects.requireNonNull(auditFilter, \"auditFilter\");",
                "routes.add(\"GET\", \"/orders/mine\", this::find_);",
                "routes.add(\"GET\", \"/orders/health\", this::health);",
                "routes.add(\"GET\", \"/orders/{id}\", this::find, auditFilter);");
    }

    @Test
    void theClientSendsNothingForThePrincipal() {
        String client = ClientTemplate.render(service()).toString();

        assertLinesInOrder(client,
                "public String find(Principal req) {",
                "ClientCall call = http.call(Method.GET, \"/orders/mine\", \"/orders/mine\");",
                "return call.send().text(200);");
    }

    @Test
    void theApplicationAddsTheModulesAndPassesLimitersAndFilters() {
        ApplicationModel app = new ApplicationModel(Fixtures.SHOP_APP,
                List.of(new ApplicationModel.ServedService(service(), ClassName.get(Fixtures.PKG, "OrderService"))),
                List.of(), List.of(), List.of(), true);

        String component = ComponentTemplate.render(app).toString();
        assertLinesInOrder(component, "KilnRuntimeModule.class,", "KilnSecurityModule.class,",
                "KilnRateLimitModule.class", "RateLimiters rateLimiters();", "AuditFilter auditFilter();");
        String entry = ApplicationTemplate.render(app).toString();
        assertLinesInOrder(entry, ".components(List.of(", "LifecycleComponent.of(\"rateLimiters\", component.rateLimiters())))",
                ".routers(List.of(new OrderApiRouter(component.orderApi(), component.rateLimiters(),",
                "component.auditFilter())))");
    }

    @Test
    void aServiceWithoutPoliciesNeedsNeitherModule() {
        ApplicationModel app = new ApplicationModel(Fixtures.SHOP_APP,
                List.of(new ApplicationModel.ServedService(Fixtures.orderApi(), ClassName.get(Fixtures.PKG, "OrderService"))),
                List.of(), List.of(), List.of());

        assertNoLineContains(ComponentTemplate.render(app).toString(), "KilnSecurityModule");
        assertNoLineContains(ComponentTemplate.render(app).toString(), "RateLimit");
        assertHasLines(RouterTemplate.render(Fixtures.orderApi()).toString(), "public OrderApiRouter(OrderApi service) {");
    }

    @Test
    void theSecurityReportListsEveryRouteWithItsRuleLimitAndFilters() {
        String report = SecurityReportTemplate.render(service());

        assertTrue(report.startsWith("{\n  \"service\": \"orders\",\n  \"interface\": \"com.example.OrderApi\",\n"), report);
        assertTrue(report.contains("""
                      "operation": "com.example.OrderApi.find",
                      "method": "GET",
                      "path": "/orders/mine",
                      "rule": "Authenticated",
                      "values": [],
                      "ruleOn": "interface",
                      "rateLimit": { "name": "orders.find-2", "permits": 2, "per": "1500ms", "key": "PRINCIPAL", "on": "method" },
                      "filters": [],
                      "principal": true
                """), report);
        String none = SecurityReportTemplate.render(Fixtures.orderApi());
        assertTrue(none.contains("\"rule\": \"none\",\n      \"values\": [],\n      \"ruleOn\": null,\n"
                + "      \"rateLimit\": null,"), none);
        assertEquals(4, none.split("\"rule\": \"none\"", -1).length - 1);
    }
}
