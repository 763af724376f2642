package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.http.ServerTelemetry;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * Authenticates every request of a route before its handler runs, and stores the principal (see
 * {@link Security}). A request without credentials goes on as {@link Principal#ANONYMOUS}: the route's
 * rule decides. A request with credentials that are not valid is answered 401 here, with a problem
 * document and the failure's {@code WWW-Authenticate} challenge, and goes no further.
 *
 * <p>Any other 401 on the way out (a rule refusing an anonymous request, a service throwing one) gets
 * the configured schemes' challenges, as RFC 9110 requires of every 401.
 *
 * <p>It is a global {@link KilnFilter} of order {@link #ORDER}, so it runs before the application's own
 * filters. A generated application installs it through {@link KilnSecurityModule} when one of its routes
 * carries a security rule or takes a {@link Principal}; by hand:
 *
 * <pre>{@code
 * KilnBoot.builder(config, DESCRIPTOR)
 *         .filters(List.of(AuthenticationFilter.fromConfig(config)))
 *         .routers(List.of(router))
 *         .start();
 * }</pre>
 */
public final class AuthenticationFilter implements KilnFilter {
    /** Where authentication runs among filters: early, so that filters of order 0 see the principal. */
    public static final int ORDER = -100;

    private final Authenticators authenticators;
    private final Header challenge;

    /** A filter over these authenticators. */
    public AuthenticationFilter(Authenticators authenticators) {
        this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
        this.challenge = authenticators.challenge()
                .map(value -> HeaderValues.create(HeaderNames.WWW_AUTHENTICATE, value))
                .orElse(null);
    }

    /** A filter over the schemes configured under {@code kiln.security}. */
    public static AuthenticationFilter fromConfig(KilnConfig config) {
        return new AuthenticationFilter(Authenticators.fromConfig(config));
    }

    /** The authenticators this filter runs. */
    public Authenticators authenticators() {
        return authenticators;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        Principal principal;
        try {
            principal = authenticators.authenticate(req.headers());
        } catch (HttpException e) {
            if (e.status() == 401 || e.status() == 403) { // not a store that failed (5xx)
                ServerTelemetry.refused(ServerTelemetry.Refusal.SECURITY);
            }
            // An AuthenticationException carries its WWW-Authenticate challenge as a header.
            ErrorResponses.problem(req, res, e);
            return;
        }
        if (principal.isAuthenticated()) {
            // Anonymous requests store nothing: Security.principal answers ANONYMOUS for them, and the
            // request context is not created for nothing.
            Security.setPrincipal(req, principal);
        }
        try {
            next.proceed(req, res);
        } catch (HttpException e) {
            // A rule refusing an anonymous caller, or a service refusing one: RFC 9110 wants a challenge on
            // every 401. Added to the exception (its headers are answered), so a request that is not refused
            // pays nothing for it.
            if (challenge != null && e.status() == 401 && !hasChallenge(e)) {
                e.withHeader(challenge);
            }
            throw e;
        }
    }

    private static boolean hasChallenge(HttpException e) {
        for (Header header : e.headers()) {
            if (header.headerName().equals(HeaderNames.WWW_AUTHENTICATE)) {
                return true;
            }
        }
        return false;
    }
}
