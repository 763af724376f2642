package dev.kiln.runtime.security;

import dev.kiln.runtime.http.UnauthorizedException;
import io.helidon.http.HeaderNames;
import java.util.Optional;

/**
 * A 401: the request is not authenticated, either because it carries no credentials where a route
 * requires them, or because the credentials it carries are not valid. The answer is a problem document
 * and a {@code WWW-Authenticate} header: the exception's own {@link #challenge()} when it has one
 * ({@code Bearer realm="kiln", error="invalid_token", ...}), carried as one of its {@link #headers()}, else
 * the challenges of every configured scheme, which {@link AuthenticationFilter} adds to any 401.
 *
 * <pre>{@code
 * if (!principal.isAuthenticated()) throw AuthenticationException.required();
 * }</pre>
 */
public final class AuthenticationException extends UnauthorizedException {
    private final String challenge;

    private AuthenticationException(String detail, String challenge) {
        super(detail);
        this.challenge = challenge;
        if (challenge != null) {
            withHeader(HeaderNames.WWW_AUTHENTICATE, challenge);
        }
    }

    /** No credentials where a route requires them; the filter adds the configured schemes' challenges. */
    public static AuthenticationException required() {
        return new AuthenticationException("Authentication is required", null);
    }

    /**
     * Credentials that are present but not valid.
     *
     * @param challenge the {@code WWW-Authenticate} value to answer with, or null for the configured schemes'
     * @param detail    what a client may be told; never the reason a signature failed
     */
    public static AuthenticationException invalid(String challenge, String detail) {
        return new AuthenticationException(detail, challenge);
    }

    /** The {@code WWW-Authenticate} value particular to this failure, if any. */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }
}
