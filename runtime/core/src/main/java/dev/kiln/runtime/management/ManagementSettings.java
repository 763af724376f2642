package dev.kiln.runtime.management;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnFilter;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code kiln.management.*}: whether Kiln's own endpoints ({@code /kiln/**} and {@code /metrics}) are served, and the
 * roles a caller needs for them. {@code /health/**} is never governed: a platform's probes must always get through.
 *
 * <ul>
 *   <li>{@value #ENABLED} (default {@code true}): {@code false} serves none of them (404, like any unknown path).</li>
 *   <li>{@value #ROLES} (default: none): a list of roles; a caller needs one of them. Enforced by Kiln's security
 *   (kiln-runtime-security's management filter, a {@link ManagementGuard}); an application that sets it without
 *   that filter in its graph refuses to start, since the endpoints would otherwise be open.</li>
 * </ul>
 *
 * <pre>{@code
 * # application.yaml, production: only operators read the dashboard, metrics and traces
 * kiln.management.roles: ops
 * }</pre>
 *
 * @param enabled whether the management endpoints are served
 * @param roles   roles of which a caller needs one; empty: no role required
 */
public record ManagementSettings(boolean enabled, Set<String> roles) {
    /** The prefix of the management keys. */
    public static final String PREFIX = "kiln.management.";
    /** Whether {@code /kiln/**} and {@code /metrics} are served (default {@code true}). */
    public static final String ENABLED = PREFIX + "enabled";
    /** The roles a caller of {@code /kiln/**} and {@code /metrics} needs one of (default: none). */
    public static final String ROLES = PREFIX + "roles";

    private static final List<HeaderName> CREDENTIALS =
            List.of(HeaderNames.AUTHORIZATION, HeaderNames.create("X-API-Key"));

    public ManagementSettings {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** The settings under {@value #PREFIX}. */
    public static ManagementSettings from(KilnConfig config) {
        Set<String> roles = new TreeSet<>();
        for (String role : config.getList(ROLES)) {
            if (!role.isBlank()) {
                roles.add(role.strip());
            }
        }
        return new ManagementSettings(config.getBoolean(ENABLED, true), roles);
    }

    /**
     * The caller's credentials ({@code Authorization}, {@code X-API-Key}) as header name → value, to send along when
     * an instance reads another's management endpoints for its caller (the dashboard's proxy, the system service map):
     * {@code kiln.management.roles} is then checked by every instance as it would be for a direct call.
     */
    public static Map<String, String> credentials(ServerRequest req) {
        Map<String, String> found = new LinkedHashMap<>(2);
        for (HeaderName name : CREDENTIALS) {
            req.headers().first(name).ifPresent(value -> found.put(name.defaultCase(), value));
        }
        return found;
    }

    /** Whether {@code path} (a route's template) is a management path: {@code /metrics} or under {@code /kiln/}. */
    public static boolean governs(String path) {
        return path.equals("/metrics") || path.startsWith("/kiln/");
    }

    /**
     * Fails the start when roles are required but none of {@code filters} enforces them: served unguarded, the
     * endpoints would be open to anyone while the configuration says otherwise.
     */
    public void requireGuard(Collection<? extends KilnFilter> filters, String application) {
        if (!enabled || roles.isEmpty() || filters.stream().anyMatch(f -> f instanceof ManagementGuard)) {
            return;
        }
        throw new IllegalStateException("Application " + application + " sets " + ROLES + "=" + String.join(",", new TreeSet<>(roles))
                + " but uses no Kiln security, so nothing could check those roles: add dev.kiln:kiln-runtime-security"
                + " and a route that needs a caller (e.g. @RolesAllowed), configure a scheme under kiln.security.*,"
                + " or set " + ENABLED + "=false (docs/dashboard.md)");
    }
}
