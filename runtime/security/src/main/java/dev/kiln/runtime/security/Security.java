package dev.kiln.runtime.security;

import dev.kiln.runtime.log.PrincipalNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * The request's principal, kept in the Helidon request context ({@code req.context()}) by
 * {@link AuthenticationFilter}, for handlers, filters and generated routers.
 *
 * <pre>{@code
 * Principal principal = Security.principal(req);            // ANONYMOUS when no credentials were sent
 * Optional<Principal> user = Security.authenticated(req);   // empty for anonymous requests
 * }</pre>
 *
 * A route served without {@link AuthenticationFilter} sees {@link Principal#ANONYMOUS}, so every rule
 * other than permit-all refuses: a missing filter fails closed.
 */
public final class Security {
    /** The context classifier: private, so nothing else can register or replace the principal. */
    private static final Object PRINCIPAL = new Object() {
        @Override
        public String toString() {
            return "kiln.security.principal";
        }
    };

    private Security() {}

    /** The request's principal; {@link Principal#ANONYMOUS} when none was stored. */
    public static Principal principal(ServerRequest req) {
        return req.context().get(PRINCIPAL, Principal.class).orElse(Principal.ANONYMOUS);
    }

    /** The request's principal when it is authenticated. */
    public static Optional<Principal> authenticated(ServerRequest req) {
        Principal principal = principal(req);
        return principal.isAuthenticated() ? Optional.of(principal) : Optional.empty();
    }

    /** Stores the request's principal; {@link AuthenticationFilter} calls this, and so may a custom filter. */
    public static void setPrincipal(ServerRequest req, Principal principal) {
        req.context().register(PRINCIPAL, Objects.requireNonNull(principal, "principal"));
        if (principal.isAuthenticated()) {
            // For the access log, which must not know security types.
            PrincipalNames.set(req, principal.name());
        }
    }
}
