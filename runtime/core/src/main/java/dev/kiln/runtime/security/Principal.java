package dev.kiln.runtime.security;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who made a request: a name, the roles and scopes granted, the claims of the credential, and the
 * scheme that proved it. A request without credentials has {@link #ANONYMOUS}. Immutable; claims hold
 * only simple values ({@code String}, {@code Long}, {@code Double}, {@code Boolean}, and lists and maps
 * of those).
 *
 * <pre>{@code
 * Principal principal = Security.principal(req);
 * if (principal.hasRole("admin")) { ... }
 * String tenant = principal.stringClaim("tenant").orElse("default");
 * long issuedAt = (Long) principal.claim("iat").orElseThrow();   // JWT dates are epoch seconds
 * }</pre>
 *
 * <p>It lives in {@code kiln-runtime-core}, in the package users import it from, so that an API module can
 * name it in a service method without depending on {@code kiln-runtime-security}: only the application that
 * serves the interface authenticates requests.
 *
 * @param name   the principal's name: a JWT's subject, a Basic user name, an API key's configured name
 * @param scheme how it authenticated: {@code Bearer}, {@code Basic}, {@code ApiKey}; empty for {@link #ANONYMOUS}
 * @param roles  the roles granted
 * @param scopes the OAuth scopes granted
 * @param claims the credential's claims (a JWT's payload); empty for other schemes
 */
public record Principal(String name, String scheme, Set<String> roles, Set<String> scopes, Map<String, Object> claims) {

    /** The principal of a request that carried no credentials. */
    public static final Principal ANONYMOUS = new Principal("anonymous", "", Set.of(), Set.of(), Map.of());

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
        claims = ClaimValues.immutable(claims);
    }

    /** An authenticated principal with roles and no scopes or claims. */
    public static Principal of(String name, String scheme, Collection<String> roles) {
        return new Principal(name, scheme, Set.copyOf(roles), Set.of(), Map.of());
    }

    /** Whether a credential proved this principal; {@code false} only for {@link #ANONYMOUS}. */
    public boolean isAuthenticated() {
        return !scheme.isEmpty();
    }

    /** Whether the principal has {@code role}. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the principal has at least one of {@code anyOf}; {@code false} for an empty set. */
    public boolean hasAnyRole(Set<String> anyOf) {
        for (String role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the principal has {@code scope}. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Whether the principal has every scope of {@code allOf}; {@code true} for an empty set. */
    public boolean hasAllScopes(Set<String> allOf) {
        return scopes.containsAll(allOf);
    }

    /** A claim's value, or empty when the credential did not carry it. */
    public Optional<Object> claim(String claimName) {
        return Optional.ofNullable(claims.get(claimName));
    }

    /** A claim's value when it is a string, else empty. */
    public Optional<String> stringClaim(String claimName) {
        return claims.get(claimName) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    @Override
    public String toString() {
        // Claims can hold personal data; they stay out of logs that print the principal.
        return "Principal[" + name + (isAuthenticated() ? " via " + scheme : "") + ", roles=" + roles
                + ", scopes=" + scopes + "]";
    }
}
