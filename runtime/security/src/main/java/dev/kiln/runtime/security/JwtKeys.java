package dev.kiln.runtime.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dev.kiln.runtime.config.KilnConfig;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where the keys that verify JWTs come from (exactly one of {@code kiln.security.jwt.secret},
 * {@code .public-key}, {@code .public-key-file}, {@code .jwks-file}, {@code .jwks-url}) and which
 * algorithms they may verify. The algorithms are fixed here, at startup: a token's {@code alg} header
 * only selects among them, so an HS256 token cannot be checked against an RSA public key.
 *
 * @param selector picks the keys for a token's header, for the accepted algorithms only
 * @param remote   the JWKS URL source, or null for keys known at startup
 */
record JwtKeys(JWSKeySelector<SecurityContext> selector, TrackingJwkSource remote) {
    static final String PREFIX = SecuritySettings.PREFIX + "jwt.";
    static final int MIN_SECRET_BYTES = 32;
    /** What Kiln verifies: the JDK-backed HMAC, RSA and NIST-curve EC algorithms. */
    static final Set<JWSAlgorithm> SUPPORTED = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384,
            JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private static final List<String> SOURCES = List.of("secret", "public-key", "public-key-file", "jwks-file", "jwks-url");

    /** The configured key source, or empty when JWT authentication is not configured. */
    static Optional<JwtKeys> fromConfig(KilnConfig config) {
        List<String> present = new ArrayList<>();
        for (String source : SOURCES) {
            if (config.get(PREFIX + source).isPresent()) {
                present.add(PREFIX + source);
            }
        }
        if (present.isEmpty()) {
            return Optional.empty();
        }
        if (present.size() > 1) {
            throw new IllegalArgumentException("Configure one JWT key source, not several: " + String.join(", ", present));
        }
        String key = present.get(0);
        Keys keys = switch (key.substring(PREFIX.length())) {
            case "secret" -> secret(key, config.require(key));
            case "public-key" -> publicKey(key, config.require(key));
            case "public-key-file" -> publicKey(key, read(key, config.require(key)));
            case "jwks-file" -> jwksFile(key, config.require(key));
            default -> jwksUrl(key, config.require(key), config);
        };
        Set<JWSAlgorithm> algorithms = algorithms(config, keys);
        JWSKeySelector<SecurityContext> selector = keys.single() != null
                ? new SingleKeySelector(algorithms, keys.single())
                : new JWSVerificationKeySelector<>(algorithms, keys.source());
        return Optional.of(new JwtKeys(selector, keys.source() instanceof TrackingJwkSource remote ? remote : null));
    }

    /**
     * Keys as configured: one key known at startup ({@code single}; a token's {@code kid} is then
     * irrelevant) or a JWK set ({@code source}; matched by {@code kid} and type), the algorithms the keys
     * call for, and the algorithms they can verify at all.
     */
    private record Keys(Key single, JWKSource<SecurityContext> source, Set<JWSAlgorithm> natural, Set<JWSAlgorithm> possible) {}

    private static Keys secret(String key, String value) {
        byte[] secret;
        if (value.startsWith("base64:")) {
            try {
                secret = Base64.getDecoder().decode(value.substring("base64:".length()).strip());
            } catch (IllegalArgumentException e) {
                throw SecuritySettings.invalid(key, "starts with base64: but the rest is not Base64");
            }
        } else {
            secret = value.getBytes(StandardCharsets.UTF_8);
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw SecuritySettings.invalid(key, "must be at least " + MIN_SECRET_BYTES + " bytes (256 bits) for HS256, but is "
                    + secret.length + "; generate one with: openssl rand -base64 32, and prefix it with base64:");
        }
        return new Keys(new SecretKeySpec(secret, "HmacSHA256"), null, Set.of(JWSAlgorithm.HS256), JWSAlgorithm.Family.HMAC_SHA);
    }

    private static Keys publicKey(String key, String pem) {
        PublicKey publicKey;
        try {
            publicKey = PemKeys.parse(pem);
        } catch (IllegalArgumentException e) {
            throw SecuritySettings.invalid(key, e.getMessage());
        }
        if (publicKey instanceof RSAPublicKey) {
            return new Keys(publicKey, null, Set.of(JWSAlgorithm.RS256), JWSAlgorithm.Family.RSA);
        }
        if (publicKey instanceof ECPublicKey ec) {
            Curve curve = Curve.forECParameterSpec(ec.getParams());
            JWSAlgorithm algorithm = Curve.P_256.equals(curve) ? JWSAlgorithm.ES256
                    : Curve.P_384.equals(curve) ? JWSAlgorithm.ES384
                    : Curve.P_521.equals(curve) ? JWSAlgorithm.ES512 : null;
            if (algorithm == null) {
                throw SecuritySettings.invalid(key, "holds an EC key on a curve other than P-256, P-384 or P-521");
            }
            // An EC key verifies exactly one algorithm: the one of its curve.
            return new Keys(publicKey, null, Set.of(algorithm), Set.of(algorithm));
        }
        throw SecuritySettings.invalid(key, "holds a " + publicKey.getAlgorithm() + " key; use RSA or EC");
    }

    private static Keys jwksFile(String key, String file) {
        JWKSet set;
        try {
            set = JWKSet.parse(read(key, file));
        } catch (ParseException e) {
            throw SecuritySettings.invalid(key, "names a file that is not a JWK set: " + e.getMessage());
        }
        Set<JWSAlgorithm> natural = new LinkedHashSet<>();
        Set<JWSAlgorithm> possible = new LinkedHashSet<>();
        for (JWK jwk : set.getKeys()) {
            if (jwk.getKeyType().equals(KeyType.OCT)) {
                natural.add(JWSAlgorithm.HS256);
                possible.addAll(JWSAlgorithm.Family.HMAC_SHA);
            } else if (jwk.getKeyType().equals(KeyType.RSA)) {
                natural.add(JWSAlgorithm.RS256);
                possible.addAll(JWSAlgorithm.Family.RSA);
            } else if (jwk.getKeyType().equals(KeyType.EC)) {
                natural.add(JWSAlgorithm.ES256);
                possible.addAll(List.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512));
            }
        }
        if (natural.isEmpty()) {
            throw SecuritySettings.invalid(key, "names a JWK set with no RSA, EC or oct key");
        }
        // Private parts, if the file has them, are never needed to verify (oct keys have no public part).
        JWKSet keys = natural.contains(JWSAlgorithm.HS256) ? set : set.toPublicJWKSet();
        return new Keys(null, new ImmutableJWKSet<>(keys), natural, possible);
    }

    private static Keys jwksUrl(String key, String url, KilnConfig config) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw SecuritySettings.invalid(key, "must be an http(s) URL, but is '" + url + "'");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw SecuritySettings.invalid(key, "must be an http(s) URL, but is '" + url + "'");
        }
        Duration ttl = config.getDuration(PREFIX + "jwks-cache-ttl", Duration.ofMinutes(5));
        Duration connect = config.getDuration(PREFIX + "jwks-connect-timeout", Duration.ofSeconds(1));
        Duration read = config.getDuration(PREFIX + "jwks-read-timeout", Duration.ofSeconds(1));
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
            throw SecuritySettings.invalid(PREFIX + "jwks-cache-ttl", "must be at least 1s, but is " + ttl);
        }
        DefaultResourceRetriever retriever = new DefaultResourceRetriever((int) connect.toMillis(), (int) read.toMillis(),
                JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
        JWKSource<SecurityContext> source;
        try {
            source = JWKSourceBuilder.<SecurityContext>create(uri.toURL(), retriever)
                    .cache(ttl.toMillis(), connect.plus(read).plusSeconds(1).toMillis())
                    // No background refresh threads: an expired set is fetched by the request that finds it so.
                    .refreshAheadCache(false)
                    // Tokens naming an unknown kid refetch at most this often, so they cannot flood the issuer.
                    .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, ttl.toMillis() / 2))
                    // While the issuer is down, keep verifying with the keys last fetched.
                    .outageTolerant(true)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw SecuritySettings.invalid(key, "must be an http(s) URL, but is '" + url + "'");
        }
        Set<JWSAlgorithm> possible = new LinkedHashSet<>(JWSAlgorithm.Family.RSA);
        possible.addAll(List.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512));
        return new Keys(null, new TrackingJwkSource(source), Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), possible);
    }

    private static Set<JWSAlgorithm> algorithms(KilnConfig config, Keys keys) {
        String key = PREFIX + "algorithms";
        List<String> names = SecuritySettings.list(config, key);
        if (names.isEmpty()) {
            return keys.natural();
        }
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        for (String name : names) {
            JWSAlgorithm algorithm = JWSAlgorithm.parse(name);
            if (!SUPPORTED.contains(algorithm)) {
                throw SecuritySettings.invalid(key, "names '" + name + "'; supported: HS256, HS384, HS512, RS256, RS384,"
                        + " RS512, PS256, PS384, PS512, ES256, ES384, ES512");
            }
            if (!keys.possible().contains(algorithm)) {
                throw SecuritySettings.invalid(key, "names " + name + ", which the configured keys cannot verify (they can: "
                        + names(keys.possible()) + ")");
            }
            algorithms.add(algorithm);
        }
        return Set.copyOf(algorithms);
    }

    private static String names(Set<JWSAlgorithm> algorithms) {
        return String.join(", ", algorithms.stream().map(JWSAlgorithm::getName).sorted().toList());
    }

    private static String read(String key, String file) {
        try {
            return Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw SecuritySettings.invalid(key, "names '" + file + "', which cannot be read: " + e);
        }
    }
}
