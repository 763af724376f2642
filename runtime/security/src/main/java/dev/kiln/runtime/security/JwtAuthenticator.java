package dev.kiln.runtime.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.HttpException;
import io.helidon.http.Headers;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * JWT bearer tokens ({@code Authorization: Bearer <jwt>}, RFC 6750) verified with nimbus-jose-jwt:
 * signature with the configured keys and algorithms only (see {@code kiln.security.jwt.*} in the
 * package documentation), then issuer, audience, {@code exp} and {@code nbf} with clock skew. The
 * principal is named by the {@code sub} claim and gets roles and scopes from the configured claims.
 *
 * <p>Anything a client can send ends as a principal or a 401 with
 * {@code WWW-Authenticate: Bearer realm="kiln", error="invalid_token", error_description="..."}: unsigned
 * ({@code alg: none}), encrypted, truncated or garbage tokens, a wrong key, an algorithm the keys are not
 * configured for (an HS256 token "signed" with an RSA public key), expired or not yet valid tokens, a
 * wrong issuer or audience, tokens over {@code max-token-length}. Only a JWKS URL that has never been
 * reachable answers 503.
 *
 * <pre>{@code
 * JwtAuthenticator jwt = JwtAuthenticator.fromConfig(config).orElseThrow();
 * Principal principal = jwt.authenticate(token);   // or AuthenticationException (401)
 * }</pre>
 */
public final class JwtAuthenticator implements Authenticator {
    /** The scheme name in challenges and in {@link Principal#scheme()}. */
    public static final String SCHEME = "Bearer";

    private static final System.Logger LOGGER = System.getLogger(JwtAuthenticator.class.getName());
    private static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");
    private static final JOSEObjectType ACCESS_TOKEN_MEDIA_TYPE = new JOSEObjectType("application/at+jwt");

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final TrackingJwkSource remote;
    private final JwtSettings settings;
    private final Clock clock;
    private final String challenge;
    private final String[] failureChallenges;

    JwtAuthenticator(String realm, JwtKeys keys, JwtSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.remote = keys.remote();
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(keys.selector());
        processor.setJWSVerifierFactory(new CachingVerifierFactory());
        // Untyped tokens, typ JWT and RFC 9068 access tokens (at+jwt); other types, say an ID token typed id+jwt, are refused.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, ACCESS_TOKEN,
                ACCESS_TOKEN_MEDIA_TYPE, null));
        // Claims are checked below, after the signature, against our clock and with our failure reasons.
        processor.setJWTClaimsSetVerifier(null);
        this.challenge = Challenge.of(SCHEME, realm);
        JwtFailure[] failures = JwtFailure.values();
        this.failureChallenges = new String[failures.length];
        for (JwtFailure failure : failures) {
            failureChallenges[failure.ordinal()] = Challenge.of(SCHEME, realm, "error", "invalid_token",
                    "error_description", failure.description());
        }
    }

    /** JWT authentication as configured under {@code kiln.security.jwt}; empty when no key source is configured. */
    public static Optional<JwtAuthenticator> fromConfig(KilnConfig config) {
        return fromConfig(config, Clock.systemUTC());
    }

    /** As {@link #fromConfig(KilnConfig)}, checking {@code exp} and {@code nbf} against {@code clock}. */
    public static Optional<JwtAuthenticator> fromConfig(KilnConfig config, Clock clock) {
        return JwtKeys.fromConfig(config).map(keys ->
                new JwtAuthenticator(SecuritySettings.realm(config), keys, JwtSettings.fromConfig(config), clock));
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public Optional<String> authorizationScheme() {
        return Optional.of(SCHEME);
    }

    @Override
    public String challenge() {
        return challenge;
    }

    @Override
    public Optional<Principal> authenticate(Headers headers) {
        String authorization = AuthorizationHeader.value(headers, challenge);
        String token = authorization == null ? null : AuthorizationHeader.credentials(authorization, SCHEME);
        return token == null ? Optional.empty() : Optional.of(authenticate(token));
    }

    /**
     * The principal {@code token} proves.
     *
     * @throws AuthenticationException (401) for any token that is not valid
     * @throws HttpException        (503) when the keys are at a JWKS URL that has never answered
     */
    public Principal authenticate(String token) {
        if (token.isEmpty() || token.length() > settings.maxTokenLength()) {
            throw failure(JwtFailure.MALFORMED, "empty or longer than max-token-length");
        }
        SignedJWT jwt;
        try {
            // Only JWS: an unsigned (alg none) or encrypted token does not parse as one.
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw failure(JwtFailure.MALFORMED, e.toString());
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (KeySourceException e) {
            if (remote != null && !remote.delivered()) {
                LOGGER.log(System.Logger.Level.WARNING, "The JWKS URL has not delivered keys; answering 503: " + e.getMessage());
                throw HttpException.serviceUnavailable("The keys that verify access tokens cannot be retrieved; try again later");
            }
            throw failure(JwtFailure.INVALID, e.toString());
        } catch (BadJOSEException | JOSEException | RuntimeException e) {
            // RuntimeException too: whatever a hostile token makes a library do must not become a 500.
            throw failure(JwtFailure.INVALID, e.toString());
        }
        return principal(checked(claims));
    }

    /** Issuer, audience and validity window, after the signature has been verified. */
    private JWTClaimsSet checked(JWTClaimsSet claims) {
        try {
            if (settings.issuer() != null && !settings.issuer().equals(claims.getIssuer())) {
                throw failure(JwtFailure.WRONG_ISSUER, "iss " + claims.getClaim("iss"));
            }
            if (!settings.audiences().isEmpty() && !anyAudience(claims.getAudience())) {
                throw failure(JwtFailure.WRONG_AUDIENCE, "aud " + claims.getClaim("aud"));
            }
            Instant now = clock.instant();
            Date expiry = claims.getDateClaim("exp");
            if (expiry == null && settings.requireExpiry()) {
                throw failure(JwtFailure.MISSING_CLAIM, "no exp");
            }
            // RFC 7519: valid while now < exp and from nbf on; the skew widens both ends.
            if (expiry != null && !now.isBefore(expiry.toInstant().plus(settings.clockSkew()))) {
                throw failure(JwtFailure.EXPIRED, "exp " + expiry.toInstant() + ", now " + now);
            }
            Date notBefore = claims.getDateClaim("nbf");
            if (notBefore != null && now.isBefore(notBefore.toInstant().minus(settings.clockSkew()))) {
                throw failure(JwtFailure.NOT_YET_VALID, "nbf " + notBefore.toInstant() + ", now " + now);
            }
            return claims;
        } catch (ParseException e) {
            // exp or nbf present but not a number.
            throw failure(JwtFailure.MALFORMED, e.toString());
        }
    }

    private boolean anyAudience(List<String> audiences) {
        for (String audience : audiences) {
            if (settings.audiences().contains(audience)) {
                return true;
            }
        }
        return false;
    }

    private Principal principal(JWTClaimsSet claims) {
        // The token's claims as parsed: strings, lists and maps read the same before and after Principal makes
        // them simple and immutable, so the name, roles and scopes are read here and the copy is made once.
        Map<String, Object> parsed = claims.getClaims();
        if (!(parsed.get(settings.nameClaim()) instanceof String name) || name.isBlank()) {
            throw failure(JwtFailure.MISSING_CLAIM, "no string claim " + settings.nameClaim());
        }
        try {
            return new Principal(name, SCHEME, Claims.strings(parsed, settings.roleClaims()),
                    Claims.strings(parsed, settings.scopeClaims()), parsed);
        } catch (RuntimeException e) {
            throw failure(JwtFailure.MALFORMED, e.toString());
        }
    }

    private AuthenticationException failure(JwtFailure failure, String reason) {
        // The reason stays in the server log (debug); the client learns only the failure's kind.
        LOGGER.log(System.Logger.Level.DEBUG, () -> "Bearer token refused (" + failure + "): " + reason);
        return AuthenticationException.invalid(failureChallenges[failure.ordinal()], failure.description());
    }
}
