package dev.kiln.bench.secure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The shared settings of the secured benchmark route, and the token wrk sends. Both servers check an HS256
 * JWT for this issuer and audience, the role {@code clerk}, a per-principal rate limit and the order's
 * constraints.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.secure.BenchSecurity    # prints a token valid for 2 hours
 * }</pre>
 */
public final class BenchSecurity {
    /** The HMAC secret (at least 32 bytes). A benchmark fixture, not a credential of anything. */
    public static final String SECRET = "kiln-benchmark-hmac-secret-of-48-bytes-length!!";
    public static final String ISSUER = "https://issuer.bench.kiln.dev";
    public static final String AUDIENCE = "bench";
    public static final String ROLE = "clerk";
    /** Large enough never to refuse during a run: the limiter's work is measured, not its refusals. */
    public static final int PERMITS = 1_000_000;
    public static final Duration PER = Duration.ofSeconds(10);

    private BenchSecurity() {}

    /** Kiln's configuration for the same checks (the hand-written server uses the constants directly). */
    public static Map<String, String> kilnConfig() {
        return Map.of(
                "kiln.security.jwt.secret", SECRET,
                "kiln.security.jwt.issuer", ISSUER,
                "kiln.security.jwt.audience", AUDIENCE);
    }

    /** A token for {@code bench-clerk} with the role, valid from now for {@code validity}. */
    public static String token(Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("bench-clerk")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(validity)))
                .claim("roles", List.of(ROLE))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the benchmark token", e);
        }
        return jwt.serialize();
    }

    public static void main(String[] args) {
        System.out.println(token(Duration.ofHours(2)));
    }
}
