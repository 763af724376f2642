package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** One verifier per algorithm and key, and a cached verifier still refuses what it should. */
class CachingVerifierFactoryTest {
    private static final byte[] SECRET = "a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "another-test-secret-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8);

    private final CachingVerifierFactory factory = new CachingVerifierFactory();

    @Test
    void reusesTheVerifierOfAnAlgorithmAndKey() throws JOSEException {
        JWSHeader hs256 = new JWSHeader(JWSAlgorithm.HS256);
        JWSVerifier first = factory.createJWSVerifier(hs256, new SecretKeySpec(SECRET, "HmacSHA256"));

        assertSame(first, factory.createJWSVerifier(hs256, new SecretKeySpec(SECRET, "HmacSHA256")));
        assertNotSame(first, factory.createJWSVerifier(new JWSHeader(JWSAlgorithm.HS384),
                new SecretKeySpec(SECRET, "HmacSHA256")));
        assertNotSame(first, factory.createJWSVerifier(hs256, new SecretKeySpec(OTHER, "HmacSHA256")));
    }

    @Test
    void aCachedVerifierStillTellsGoodSignaturesFromForgedOnes() throws JOSEException {
        JWSHeader hs256 = new JWSHeader(JWSAlgorithm.HS256);
        JWSVerifier verifier = factory.createJWSVerifier(hs256, new SecretKeySpec(SECRET, "HmacSHA256"));
        JWSVerifier again = factory.createJWSVerifier(hs256, new SecretKeySpec(SECRET, "HmacSHA256"));

        assertTrue(signed(SECRET).verify(again));
        assertFalse(signed(OTHER).verify(verifier));
    }

    @Test
    void startsOverPastItsBound() throws JOSEException {
        JWSHeader hs256 = new JWSHeader(JWSAlgorithm.HS256);
        JWSVerifier first = factory.createJWSVerifier(hs256, new SecretKeySpec(SECRET, "HmacSHA256"));
        for (int i = 0; i < CachingVerifierFactory.MAX_ENTRIES; i++) {
            byte[] key = ("rotating-test-secret-number-" + i + "-padded-to-32-bytes").getBytes(StandardCharsets.UTF_8);
            factory.createJWSVerifier(hs256, new SecretKeySpec(key, "HmacSHA256"));
        }

        assertNotSame(first, factory.createJWSVerifier(hs256, new SecretKeySpec(SECRET, "HmacSHA256")));
    }

    private static JWSObject signed(byte[] secret) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload("{\"sub\":\"ada\"}"));
        jws.sign(new MACSigner(secret));
        return jws;
    }
}
