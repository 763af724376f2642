package dev.kiln.runtime.security;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.ServerTelemetry;
import java.util.Set;
import java.util.TreeSet;

/**
 * The authorization checks a generated router makes before it binds any parameter, one call per rule.
 * Each is a few set lookups; a refusal is a stackless {@link HttpException}: 401 when the request is
 * anonymous (authenticating could help), 403 when the principal is known but not allowed.
 *
 * <pre>{@code
 * private static final Set<String> ROLES_ADMIN = Set.of("admin");
 * private static final Set<String> SCOPES_ORDERS_WRITE = Set.of("orders:write");
 *
 * private void cancel(ServerRequest req, ServerResponse res) {
 *     Principal principal = Security.principal(req);
 *     Rules.requireRoles(principal, ROLES_ADMIN);               // @RolesAllowed("admin")
 *     Rules.requireScopes(principal, SCOPES_ORDERS_WRITE);      // scope requirement
 *     long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
 *     ...
 * }
 * }</pre>
 */
public final class Rules {
    private Rules() {}

    /** {@code @Authenticated}: any authenticated principal; 401 for an anonymous request. */
    public static void requireAuthenticated(Principal principal) {
        if (!principal.isAuthenticated()) {
            ServerTelemetry.refused(ServerTelemetry.Refusal.SECURITY);
            throw AuthenticationException.required();
        }
    }

    /** {@code @RolesAllowed}: at least one of {@code anyOf}; 401 when anonymous, 403 without such a role. */
    public static void requireRoles(Principal principal, Set<String> anyOf) {
        requireAuthenticated(principal);
        if (!principal.hasAnyRole(anyOf)) {
            ServerTelemetry.refused(ServerTelemetry.Refusal.SECURITY);
            throw HttpException.forbidden("The principal does not have a role this operation requires");
        }
    }

    /** A scope requirement: every scope of {@code allOf}; 401 when anonymous, 403 naming the missing scopes. */
    public static void requireScopes(Principal principal, Set<String> allOf) {
        requireAuthenticated(principal);
        if (!principal.hasAllScopes(allOf)) {
            Set<String> missing = new TreeSet<>(allOf);
            missing.removeAll(principal.scopes());
            ServerTelemetry.refused(ServerTelemetry.Refusal.SECURITY);
            throw HttpException.forbidden("The credentials lack the scope this operation requires: "
                    + String.join(" ", missing));
        }
    }

    /** {@code @DenyAll}: nobody, authenticated or not; always 403. */
    public static void denyAll() {
        ServerTelemetry.refused(ServerTelemetry.Refusal.SECURITY);
        throw HttpException.forbidden("This operation is not available to anyone");
    }

    /**
     * {@code @PermitAll}: everybody, anonymous included. Checks nothing; a generated router may emit it so
     * that every route visibly carries its rule.
     */
    public static void permitAll() {
        // Intentionally empty: permitting everyone needs no check.
    }
}
