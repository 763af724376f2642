package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.management.ManagementGuard;
import dev.kiln.runtime.management.ManagementSettings;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import java.util.Set;

/**
 * {@code kiln.management.roles} on Kiln's own endpoints ({@code /kiln/**}, {@code /metrics}; never {@code /health/**},
 * which is not behind filters): the same check a generated router makes for {@code @RolesAllowed}
 * ({@link Rules#requireRoles}), on the principal {@link AuthenticationFilter} found, so anonymous is a 401 with the
 * schemes' challenge and a principal without one of the roles a 403, both {@code application/problem+json}. Without
 * roles configured it lets everything through. {@link KilnSecurityModule} installs it next to the authentication.
 *
 * <pre>{@code
 * KilnBoot.builder(config, DESCRIPTOR)
 *         .filters(List.of(AuthenticationFilter.fromConfig(config), ManagementRolesFilter.fromConfig(config)))
 * }</pre>
 */
public final class ManagementRolesFilter implements ManagementGuard {
    private final Set<String> roles;

    /** A filter requiring one of {@code roles} (none: requires nothing). */
    public ManagementRolesFilter(Set<String> roles) {
        this.roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** A filter over {@value ManagementSettings#ROLES}. */
    public static ManagementRolesFilter fromConfig(KilnConfig config) {
        return new ManagementRolesFilter(ManagementSettings.from(config).roles());
    }

    /** Right after authentication: the principal is known, the application's own filters have not run. */
    @Override
    public int order() {
        return AuthenticationFilter.ORDER + 1;
    }

    /** Only management routes, and only when roles are required: the application's own routes never pass here. */
    @Override
    public boolean appliesTo(RouteDescriptor route) {
        return !roles.isEmpty() && ManagementSettings.governs(route.path());
    }

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        Rules.requireRoles(Security.principal(req), roles);
        next.proceed(req, res);
    }
}
