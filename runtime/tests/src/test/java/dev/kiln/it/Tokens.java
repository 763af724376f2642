package dev.kiln.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Signs test tokens with nimbus, the way an identity provider would (the minimum of runtime/security's test
 * helper of the same name).
 */
final class Tokens {
    static final String ISSUER = "https://issuer.test";
    static final String AUDIENCE = "kiln-tests";
    static final String SECRET = "0123456789abcdef0123456789abcdef-kiln-test";
    static final String OTHER_SECRET = "fedcba9876543210fedcba9876543210-not-ours";

    private Tokens() {}

    /** Valid for five minutes from {@code now}, from our issuer, for our audience. */
    static JWTClaimsSet.Builder claims(String subject, Instant now) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    static JWTClaimsSet.Builder claims(String subject) {
        return claims(subject, Instant.now());
    }

    /** {@code ada}: role admin, both order scopes. */
    static String admin() {
        return hs256(SECRET, claims("ada").claim("roles", List.of("admin")).claim("scope", "orders:read orders:write")
                .build());
    }

    /** {@code bob}: role user, allowed to read orders. */
    static String reader() {
        return hs256(SECRET, claims("bob").claim("roles", List.of("user")).claim("scp", List.of("orders:read")).build());
    }

    static String hs256(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64url without padding, as in a compact JWS. */
    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
