package dev.kiln.runtime.security;

import io.helidon.http.Headers;
import java.util.Optional;

/**
 * One authentication scheme. Built once from configuration; {@link #authenticate} runs per request
 * and must be thread-safe.
 *
 * <p>The contract every implementation keeps: credentials of this scheme absent → empty; present and
 * valid → the principal; present and anything else (malformed, forged, expired, oversized) → an
 * {@link AuthenticationException} (401). The only other exception allowed is a 503
 * {@link dev.kiln.runtime.http.HttpException} when the means to check credentials are unavailable
 * (keys at a JWKS URL that has never answered). {@link Authenticators} tries them in a fixed order.
 *
 * <pre>{@code
 * Authenticator bearer = JwtAuthenticator.fromConfig(config).orElseThrow();
 * Optional<Principal> principal = bearer.authenticate(req.headers());
 * }</pre>
 */
public interface Authenticator {

    /** The scheme name recorded in {@link Principal#scheme()}: {@code Bearer}, {@code Basic}, {@code ApiKey}. */
    String scheme();

    /**
     * The {@code Authorization} auth-scheme this authenticator reads, or empty when it reads another
     * header. {@link Authenticators} answers 401 to an {@code Authorization} header no authenticator reads.
     */
    default Optional<String> authorizationScheme() {
        return Optional.empty();
    }

    /** The {@code WWW-Authenticate} challenge announcing this scheme: {@code Bearer realm="kiln"}. */
    String challenge();

    /** The principal the request's credentials prove; empty when it carries none of this scheme. */
    Optional<Principal> authenticate(Headers headers);
}
