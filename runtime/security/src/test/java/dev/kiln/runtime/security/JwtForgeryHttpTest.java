package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Forged and malformed bearer tokens: each is a 401 with an invalid_token challenge, never anything else. */
class JwtForgeryHttpTest {
    private static final RSAKey RSA = Tokens.rsa("rsa-1");
    private static final RSAKey ATTACKER = Tokens.rsa("rsa-1");
    private static TestServer hmacServer;
    private static TestServer rsaServer;

    @BeforeAll
    static void start() {
        hmacServer = TestServer.start(Map.of(
                "kiln.security.jwt.secret", Tokens.SECRET,
                "kiln.security.jwt.issuer", Tokens.ISSUER,
                "kiln.security.jwt.audience", Tokens.AUDIENCE));
        rsaServer = TestServer.start(Map.of(
                "kiln.security.jwt.public-key", Tokens.pem(publicKey()),
                "kiln.security.jwt.issuer", Tokens.ISSUER));
    }

    @AfterAll
    static void stop() {
        hmacServer.close();
        rsaServer.close();
    }

    private static PublicKey publicKey() {
        try {
            return RSA.toPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String valid() {
        return Tokens.hs256(Tokens.SECRET, Tokens.admin());
    }

    private static final String MALFORMED = "The access token is malformed";
    private static final String INVALID = "The access token is not valid";
    private static final String EXPIRED = "The access token has expired";
    private static final String NOT_YET = "The access token is not valid yet";
    private static final String ISSUER = "The access token was not issued by a trusted issuer";
    private static final String AUDIENCE = "The access token was not issued for this service";
    private static final String CLAIM = "The access token lacks a required claim";

    /** A refused token and the kind of failure the client is told. */
    private static Arguments forged(String name, String token, String detail) {
        return Arguments.of(Named.of(name, token), detail);
    }

    /** Tokens the HS256 server must refuse. */
    static Stream<Arguments> forgedForHmac() {
        String valid = valid();
        String[] parts = valid.split("\\.");
        Instant now = Instant.now();
        JWSSigner ours = Tokens.mac(Tokens.SECRET.getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                forged("alg none, no signature", Tokens.b64("{\"alg\":\"none\"}") + "." + parts[1] + ".", MALFORMED),
                forged("alg none, signature kept", Tokens.b64("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2], MALFORMED),
                forged("alg None (case games)", Tokens.b64("{\"alg\":\"None\"}") + "." + parts[1] + ".", MALFORMED),
                forged("signed with another secret", Tokens.hs256(Tokens.OTHER_SECRET, Tokens.admin()), INVALID),
                forged("payload swapped under a valid signature",
                        parts[0] + "." + Tokens.b64("{\"sub\":\"mallory\",\"roles\":[\"admin\"],\"exp\":9999999999}") + "." + parts[2],
                        INVALID),
                forged("signature truncated", valid.substring(0, valid.length() - 5), INVALID),
                forged("signature removed", parts[0] + "." + parts[1] + ".", MALFORMED),
                forged("two segments", parts[0] + "." + parts[1], MALFORMED),
                forged("one segment", parts[0], MALFORMED),
                forged("garbage", "garbage", MALFORMED),
                forged("dots only", "..", MALFORMED),
                forged("not base64", "!!!.@@@.###", MALFORMED),
                forged("header not JSON", Tokens.b64("alg=HS256") + "." + parts[1] + "." + parts[2], MALFORMED),
                forged("header a JSON array", Tokens.b64("[\"HS256\"]") + "." + parts[1] + "." + parts[2], MALFORMED),
                forged("payload not JSON", parts[0] + "." + Tokens.b64("ada") + "." + parts[2], INVALID),
                forged("five segments (JWE shape)", valid + ".AAAA.BBBB", MALFORMED),
                // Genuinely signed, refused only for its length (max-token-length 8192).
                forged("oversized token", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").claim("pad", "a".repeat(7000)).build()),
                        MALFORMED),
                // Genuinely signed; JSON nested this deep is refused by the parser, not by a stack overflow.
                forged("deeply nested claims", Tokens.signRaw(ours, "{\"sub\":\"ada\",\"x\":" + "[".repeat(2500) + "]".repeat(2500) + "}"),
                        INVALID),
                forged("RS256 token on an HS256 server", Tokens.rs256(ATTACKER, Tokens.admin()), INVALID),
                forged("expired", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada", now.minusSeconds(3600)).build()), EXPIRED),
                forged("not yet valid", Tokens.hs256(Tokens.SECRET,
                        Tokens.claims("ada").notBeforeTime(Date.from(now.plusSeconds(3600))).build()), NOT_YET),
                forged("wrong issuer", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").issuer("https://evil.test").build()), ISSUER),
                forged("no issuer", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").issuer(null).build()), ISSUER),
                forged("wrong audience", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").audience("other-api").build()), AUDIENCE),
                forged("no audience", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").audience((String) null).build()), AUDIENCE),
                forged("no subject", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").subject(null).build()), CLAIM),
                forged("no expiry", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").expirationTime(null).build()), CLAIM),
                forged("exp not a number", Tokens.hs256(Tokens.SECRET, Tokens.claims("ada").claim("exp", "never").build()), INVALID),
                forged("typ id+jwt", Tokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("id+jwt")).build(),
                        Tokens.admin(), ours), INVALID),
                forged("unknown critical header", Tokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .criticalParams(Set.of("kiln-extension")).customParam("kiln-extension", true).build(),
                        Tokens.admin(), ours), INVALID));
    }

    /** Tokens the RS256 server must refuse. */
    static Stream<Arguments> forgedForRsa() throws Exception {
        byte[] pemBytes = Tokens.pem(publicKey()).getBytes(StandardCharsets.US_ASCII);
        byte[] derBytes = publicKey().getEncoded();
        JWSHeader embedded = new JWSHeader.Builder(JWSAlgorithm.RS256).jwk(ATTACKER.toPublicJWK()).build();
        String genuine = Tokens.rs256(RSA, Tokens.admin());
        return Stream.of(
                // Alg confusion: the attacker knows the public key and uses it as an HMAC secret.
                forged("HS256 keyed with the PEM public key",
                        Tokens.sign(new JWSHeader(JWSAlgorithm.HS256), Tokens.admin(), Tokens.mac(pemBytes)), INVALID),
                forged("HS256 keyed with the DER public key",
                        Tokens.sign(new JWSHeader(JWSAlgorithm.HS256), Tokens.admin(), Tokens.mac(derBytes)), INVALID),
                forged("signed with another RSA key, same kid", Tokens.rs256(ATTACKER, Tokens.admin()), INVALID),
                forged("attacker key embedded in the jwk header", Tokens.sign(embedded, Tokens.admin(), new RSASSASigner(ATTACKER)), INVALID),
                forged("RS256 signature relabelled PS256", relabel(genuine, "{\"alg\":\"PS256\",\"kid\":\"rsa-1\"}"), INVALID),
                forged("alg none", Tokens.b64("{\"alg\":\"none\"}") + "." + genuine.split("\\.")[1] + ".", MALFORMED));
    }

    private static String relabel(String token, String headerJson) {
        String[] parts = token.split("\\.");
        return Tokens.b64(headerJson) + "." + parts[1] + "." + parts[2];
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedForHmac")
    void hmacServerRefuses(String token, String detail) {
        assertRefused(hmacServer.http().bearer("/public", token), detail);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedForRsa")
    void rsaServerRefuses(String token, String detail) {
        assertRefused(rsaServer.http().bearer("/public", token), detail);
    }

    private static void assertRefused(HttpResponse<String> response, String detail) {
        Http.assertUnauthorized(response, "Bearer realm=\"kiln\", error=\"invalid_token\", error_description=\"" + detail + "\"");
        assertEquals(detail, Http.problem(response).detail());
    }

    @Test
    void theGenuineTokensPass() {
        assertEquals(200, hmacServer.http().bearer("/admin", valid()).statusCode());
        HttpResponse<String> rsa = rsaServer.http().bearer("/admin", Tokens.rs256(RSA, Tokens.admin()));
        assertEquals(200, rsa.statusCode(), rsa.body());
    }

    @Test
    void failuresSayWhatKindButNotWhy() {
        HttpResponse<String> expired = hmacServer.http().bearer("/public",
                Tokens.hs256(Tokens.SECRET, Tokens.claims("ada", Instant.now().minusSeconds(3600)).build()));
        assertTrue(Http.assertUnauthorized(expired, "error_description=\"The access token has expired\"").length() > 0);
        assertEquals("The access token has expired", Http.problem(expired).detail());
        HttpResponse<String> wrongKey = hmacServer.http().bearer("/public", Tokens.hs256(Tokens.OTHER_SECRET, Tokens.admin()));
        assertEquals("The access token is not valid", Http.problem(wrongKey).detail());
    }

    @Test
    void anEmptyBearerIs401() {
        Http.assertUnauthorized(hmacServer.http().get("/public", "Authorization", "Bearer"), "invalid_token");
        Http.assertUnauthorized(hmacServer.http().get("/public", "Authorization", "Bearer    "), "invalid_token");
    }

    @Test
    void aHeaderLargerThanTheServerAcceptsIsA431NotA5xx() {
        String huge = "Bearer " + "a".repeat(64 * 1024);
        HttpResponse<String> response = hmacServer.http().get("/public", "Authorization", huge);
        // Helidon refuses it before routing (server.max-header-size); Kiln's direct handler makes that a 431 problem.
        assertEquals(431, response.statusCode(), response.body());
        assertEquals(431, Http.problem(response).status());
    }
}
