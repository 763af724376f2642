package dev.kiln.runtime.management;

import dev.kiln.runtime.http.KilnFilter;

/**
 * A {@link KilnFilter} that enforces {@value ManagementSettings#ROLES} on the management paths
 * ({@link ManagementSettings#governs}). kiln-runtime-security provides the one Kiln uses; the boot refuses to start an
 * application that requires roles without one in its graph ({@link ManagementSettings#requireGuard}).
 *
 * <pre>{@code
 * final class ManagementRolesFilter implements ManagementGuard {
 *     public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
 *         if (ManagementSettings.governs(route.path())) { Rules.requireRoles(Security.principal(req), roles); }
 *         next.proceed(req, res);
 *     }
 * }
 * }</pre>
 */
public interface ManagementGuard extends KilnFilter {
}
