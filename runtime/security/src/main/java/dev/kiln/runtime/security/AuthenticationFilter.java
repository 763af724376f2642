package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.HttpException;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Objects;

/**
 * Authenticates every request before routing and stores its principal (see {@link Security}). A request
 * without credentials goes on as {@link Principal#ANONYMOUS}: the route's rule decides. A request with
 * credentials that are not valid is answered 401 here, with a problem document and the failure's
 * {@code WWW-Authenticate} challenge, and goes no further.
 *
 * <p>Any other 401 on the way out (a rule refusing an anonymous request, a service throwing one) gets
 * the configured schemes' challenges, as RFC 9110 requires of every 401.
 *
 * <pre>{@code
 * HttpRouting.Builder routing = HttpRouting.builder()
 *         .addFilter(AuthenticationFilter.fromConfig(config))
 *         .error(HttpException.class, ErrorResponses::problem);
 * }</pre>
 */
public final class AuthenticationFilter implements Filter {
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
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (challenge != null) {
            res.beforeSend(() -> {
                if (res.status().code() == 401 && !res.headers().contains(HeaderNames.WWW_AUTHENTICATE)) {
                    res.header(challenge);
                }
            });
        }
        Principal principal;
        try {
            principal = authenticators.authenticate(req.headers());
        } catch (HttpException e) {
            // An AuthenticationException carries its WWW-Authenticate challenge as a header.
            ErrorResponses.problem(req, res, e);
            return;
        }
        Security.setPrincipal(req, principal);
        chain.proceed();
    }
}
