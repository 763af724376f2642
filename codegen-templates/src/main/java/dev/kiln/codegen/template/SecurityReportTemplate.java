package dev.kiln.codegen.template;

import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.RateLimitPolicy;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.SecurityRule;
import dev.kiln.codegen.model.ServiceModel;
import java.util.List;
import java.util.Locale;

/**
 * The security report: every route with the rule, rate limit and filters it runs behind, for an auditor or
 * a build check to read. The processor writes one per application, {@code META-INF/kiln/security/<app>.json}
 * (every served route, services by name), and one per service interface,
 * {@code META-INF/kiln/security/services/<interface>.json}. Deterministic, indented JSON (model order, two
 * spaces, {@code \n}, a final newline); a route without a rule says {@code "rule": "none"}.
 *
 * <pre>{@code
 * String json = SecurityReportTemplate.render(app);
 * // {
 * //   "application": "com.example.ShopApp",
 * //   "requireSecurityRules": true,
 * //   "routes": [
 * //     {
 * //       "service": "orders",
 * //       "operation": "com.example.OrderApi.create",
 * //       "method": "POST",
 * //       "path": "/orders",
 * //       "rule": "RolesAllowed",
 * //       "values": [ "admin" ],
 * //       "ruleOn": "method",
 * //       "rateLimit": { "name": "orders.create", "permits": 10, "per": "1m", "key": "IP", "on": "interface" },
 * //       "filters": [ "com.example.AuditFilter" ],
 * //       "principal": false
 * //     }
 * //   ]
 * // }
 * }</pre>
 */
public final class SecurityReportTemplate {
    private SecurityReportTemplate() {}

    /** The report of every route {@code app} serves. */
    public static String render(ApplicationModel app) {
        StringBuilder out = new StringBuilder(512);
        out.append("{\n");
        out.append("  \"application\": ").append(quote(app.app().canonicalName())).append(",\n");
        out.append("  \"requireSecurityRules\": ").append(app.requireSecurityRules()).append(",\n");
        out.append("  \"routes\": [");
        boolean first = true;
        for (ApplicationModel.ServedService served : app.served()) {
            first = routes(out, served.service(), true, first);
        }
        out.append(first ? "]\n" : "\n  ]\n");
        return out.append("}\n").toString();
    }

    /** The report of one service interface's routes. */
    public static String render(ServiceModel service) {
        StringBuilder out = new StringBuilder(512);
        out.append("{\n");
        out.append("  \"service\": ").append(quote(service.name())).append(",\n");
        out.append("  \"interface\": ").append(quote(service.iface().canonicalName())).append(",\n");
        out.append("  \"routes\": [");
        boolean empty = routes(out, service, false, true);
        out.append(empty ? "]\n" : "\n  ]\n");
        return out.append("}\n").toString();
    }

    /** Appends the routes of {@code service}; returns whether nothing has been appended to the list yet. */
    private static boolean routes(StringBuilder out, ServiceModel service, boolean withService, boolean first) {
        List<String> limiterNames = service.rateLimiterNames();
        for (int i = 0; i < service.routes().size(); i++) {
            RouteModel route = service.routes().get(i);
            out.append(first ? "\n" : ",\n").append("    {\n");
            first = false;
            if (withService) {
                field(out, "service", quote(service.name()));
            }
            field(out, "operation", quote(service.iface().canonicalName() + "." + route.methodName()));
            field(out, "method", quote(route.method().name()));
            field(out, "path", quote(route.path()));
            SecurityRule rule = route.policy().rule().orElse(null);
            field(out, "rule", quote(rule == null ? "none" : rule.kind().annotation()));
            field(out, "values", strings(rule == null ? List.of() : rule.values()));
            field(out, "ruleOn", rule == null ? "null" : quote(lower(rule.declared())));
            RateLimitPolicy limit = route.policy().rateLimit().orElse(null);
            field(out, "rateLimit", limit == null ? "null" : "{ \"name\": " + quote(limiterNames.get(i))
                    + ", \"permits\": " + limit.permits() + ", \"per\": " + quote(limit.perText())
                    + ", \"key\": " + quote(limit.key().name()) + ", \"on\": " + quote(lower(limit.declared())) + " }");
            field(out, "filters", strings(route.policy().filters().stream().map(c -> c.canonicalName()).toList()));
            out.append("      \"principal\": ").append(route.principalParam().isPresent()).append("\n    }");
        }
        return first;
    }

    private static void field(StringBuilder out, String name, String json) {
        out.append("      ").append(quote(name)).append(": ").append(json).append(",\n");
    }

    private static String strings(List<String> values) {
        if (values.isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[ ");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return out.append(" ]").toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String quote(String text) {
        return RegistryResourceTemplate.quote(text);
    }
}
