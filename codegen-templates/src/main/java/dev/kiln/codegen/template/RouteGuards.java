package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.RateLimitPolicy;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.SecurityRule;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first statements of a handler, before any parameter is bound: the request's principal, the route's
 * authorization rule, then its rate limit. A refused request costs no parsing, and a request refused by
 * its rule spends no permit.
 *
 * <pre>{@code
 * Principal principal = Security.principal(req);
 * Rules.requireRoles(principal, ROLES_ADMIN);
 * RateLimits.check(createLimit, rateLimitKeys.ip(req), res);
 * }</pre>
 */
final class RouteGuards {
    private final Constants constants;
    private final Map<RouteModel, String> limiterFields = new IdentityHashMap<>();
    private final String keysField;

    /**
     * @param limiterFields the router's {@code RateLimiter} field of each limited route
     * @param keysField     the router's {@code RateLimitKeys} field, or null when no route counts by IP or principal
     */
    RouteGuards(Constants constants, Map<RouteModel, String> limiterFields, String keysField) {
        this.constants = constants;
        this.limiterFields.putAll(limiterFields);
        this.keysField = keysField;
    }

    /** Emits the guards of {@code route}; {@code locals} are its parameters' local names, by index. */
    void emit(MethodSpec.Builder method, RouteModel route, List<String> locals, NameAllocator names, String req,
              String res) {
        String principal = null;
        if (route.needsPrincipal()) {
            // A Principal parameter's own name holds it, so the call passes the principal the rule checked.
            int param = principalIndex(route);
            principal = param >= 0 ? locals.get(param) : names.newName("principal");
            method.addStatement("$T $N = $T.principal($N)", RuntimeTypes.PRINCIPAL, principal,
                    RuntimeTypes.SECURITY_HELPER, req);
        }
        if (route.policy().rule().isPresent()) {
            rule(method, route.policy().rule().get(), principal);
        }
        if (route.policy().rateLimit().isPresent()) {
            rateLimit(method, route, route.policy().rateLimit().get(), principal, names, req, res);
        }
    }

    private void rule(MethodSpec.Builder method, SecurityRule rule, String principal) {
        switch (rule.kind()) {
            case PERMIT_ALL -> {} // everybody: nothing to check
            case DENY_ALL -> method.addStatement("$T.denyAll()", RuntimeTypes.RULES);
            case AUTHENTICATED -> method.addStatement("$T.requireAuthenticated($N)", RuntimeTypes.RULES, principal);
            case ROLES_ALLOWED -> method.addStatement("$T.requireRoles($N, $N)", RuntimeTypes.RULES, principal,
                    setConstant("ROLES", rule.values()));
            case REQUIRES_SCOPES -> method.addStatement("$T.requireScopes($N, $N)", RuntimeTypes.RULES, principal,
                    setConstant("SCOPES", rule.values()));
        }
    }

    private void rateLimit(MethodSpec.Builder method, RouteModel route, RateLimitPolicy limit, String principal,
                           NameAllocator names, String req, String res) {
        CodeBlock key = switch (limit.key()) {
            case IP -> CodeBlock.of("$N.ip($N)", keysField, req);
            case GLOBAL -> CodeBlock.of("$T.GLOBAL", RuntimeTypes.RATE_LIMIT_KEYS);
            case PRINCIPAL -> {
                String local = names.newName("rateLimitKey");
                method.addStatement("$T $N = $N.principal($N.isAuthenticated() ? $N.name() : null, $N)",
                        String.class, local, keysField, principal, principal, req);
                yield CodeBlock.of("$N", local);
            }
        };
        // Throws the 429 (Retry-After, RateLimit-*) when the budget is spent.
        method.addStatement("$T.check($N, $L, $N)", RuntimeTypes.RATE_LIMITS, limiterFields.get(route), key, res);
    }

    /** {@code ROLES_ADMIN = Set.of("admin")}, one per distinct list. */
    private String setConstant(String prefix, List<String> values) {
        CodeBlock.Builder elements = CodeBlock.builder();
        for (int i = 0; i < values.size(); i++) {
            elements.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return constants.get(prefix.toLowerCase(Locale.ROOT) + ":" + String.join("\u0000", values),
                prefix + "_" + Identifiers.upperSnake(String.join("_", values)),
                ParameterizedTypeName.get(Set.class, String.class),
                CodeBlock.of("$T.of($L)", Set.class, elements.build()));
    }

    /** {@code Duration.ofMinutes(1)}: the largest whole unit. */
    static CodeBlock duration(Duration per) {
        long millis = per.toMillis();
        if (millis % 86_400_000L == 0) {
            return CodeBlock.of("$T.ofDays($L)", Duration.class, millis / 86_400_000L);
        }
        if (millis % 3_600_000L == 0) {
            return CodeBlock.of("$T.ofHours($L)", Duration.class, millis / 3_600_000L);
        }
        if (millis % 60_000L == 0) {
            return CodeBlock.of("$T.ofMinutes($L)", Duration.class, millis / 60_000L);
        }
        if (millis % 1_000L == 0) {
            return CodeBlock.of("$T.ofSeconds($L)", Duration.class, millis / 1_000L);
        }
        return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
    }

    /** Whether a route's limit needs the router's {@code RateLimitKeys}: per IP, or per principal (IP for anonymous). */
    static boolean needsKeys(RouteModel route) {
        return route.policy().rateLimit().map(l -> l.key() != RateLimitPolicy.Key.GLOBAL).orElse(false);
    }

    private static int principalIndex(RouteModel route) {
        for (int i = 0; i < route.params().size(); i++) {
            if (route.params().get(i).kind() == ParamKind.PRINCIPAL) {
                return i;
            }
        }
        return -1;
    }
}
