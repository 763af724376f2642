package dev.kiln.runtime.security;

import dev.kiln.runtime.config.KilnConfig;
import io.helidon.http.Headers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configured authentication schemes, tried in a fixed order: JWT bearer, Basic, API key. The first
 * scheme whose credentials the request carries decides: it returns the principal or answers 401; it
 * never falls through to the next. A request with no credentials of any scheme is {@link Principal#ANONYMOUS};
 * the route's rule then decides. An {@code Authorization} header of a scheme nobody reads is a 401.
 *
 * <p>Composed once at startup (keys parsed, JWKS sources built, password hashes decoded); nothing is
 * looked up per request.
 *
 * <pre>{@code
 * Authenticators authenticators = Authenticators.fromConfig(config);   // kiln.security.*
 * Principal principal = authenticators.authenticate(req.headers());    // or AuthenticationException (401)
 * }</pre>
 */
public final class Authenticators {
    /** The realm named in challenges when {@code kiln.security.realm} is not set. */
    public static final String DEFAULT_REALM = "kiln";

    private final Authenticator[] authenticators;
    private final Set<String> authorizationSchemes;
    private final String challenge;

    private Authenticators(List<? extends Authenticator> authenticators) {
        this.authenticators = authenticators.toArray(Authenticator[]::new);
        Set<String> schemes = new TreeSet<>();
        List<String> challenges = new ArrayList<>();
        for (Authenticator authenticator : this.authenticators) {
            authenticator.authorizationScheme().ifPresent(s -> schemes.add(s.toLowerCase(Locale.ROOT)));
            challenges.add(authenticator.challenge());
        }
        this.authorizationSchemes = Set.copyOf(schemes);
        this.challenge = challenges.isEmpty() ? null : String.join(", ", challenges);
    }

    /** These authenticators, tried in the given order. */
    public static Authenticators of(Authenticator... authenticators) {
        return new Authenticators(List.of(authenticators));
    }

    /**
     * Every scheme configured under {@code kiln.security}; none configured gives an empty chain (all
     * anonymous).
     *
     * @throws IllegalArgumentException naming the key of a value that cannot be used (a short secret, a
     *                                  malformed hash, an unreadable key file, two JWT key sources)
     */
    public static Authenticators fromConfig(KilnConfig config) {
        return fromConfig(config, Clock.systemUTC());
    }

    /** As {@link #fromConfig(KilnConfig)}, with the clock JWT expiry is checked against. */
    public static Authenticators fromConfig(KilnConfig config, Clock clock) {
        List<Authenticator> configured = new ArrayList<>(3);
        JwtAuthenticator.fromConfig(config, clock).ifPresent(configured::add);
        BasicAuthenticator.fromConfig(config).ifPresent(configured::add);
        ApiKeyAuthenticator.fromConfig(config).ifPresent(configured::add);
        return new Authenticators(configured);
    }

    /**
     * The principal the request's credentials prove, or {@link Principal#ANONYMOUS} when it carries none.
     *
     * @throws AuthenticationException (401) for credentials that are present but not valid
     */
    public Principal authenticate(Headers headers) {
        String authorization = AuthorizationHeader.value(headers, challenge);
        if (authorization != null && !authorizationSchemes.contains(
                AuthorizationHeader.scheme(authorization).toLowerCase(Locale.ROOT))) {
            throw AuthenticationException.invalid(challenge, "The Authorization header uses a scheme this server does not accept");
        }
        for (Authenticator authenticator : authenticators) {
            Optional<Principal> principal = authenticator.authenticate(headers);
            if (principal.isPresent()) {
                return principal.get();
            }
        }
        return Principal.ANONYMOUS;
    }

    /** The challenges of every configured scheme, comma-separated, for {@code WWW-Authenticate}; empty when none is configured. */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    /** Whether no scheme is configured: every request is anonymous. */
    public boolean isEmpty() {
        return authenticators.length == 0;
    }

    /** The authenticators, in the order they are tried. */
    public List<Authenticator> authenticators() {
        return List.of(authenticators);
    }
}
