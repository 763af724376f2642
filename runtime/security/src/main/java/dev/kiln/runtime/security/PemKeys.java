package dev.kiln.runtime.security;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

/**
 * Reads a PEM public key ({@code -----BEGIN PUBLIC KEY-----}, RSA or EC) or certificate
 * ({@code -----BEGIN CERTIFICATE-----}) with the JDK alone.
 */
final class PemKeys {
    private static final String PUBLIC_KEY = "PUBLIC KEY";
    private static final String CERTIFICATE = "CERTIFICATE";

    private PemKeys() {}

    /** The public key in {@code pem}; an {@link IllegalArgumentException} saying what was expected. */
    static PublicKey parse(String pem) {
        if (pem.contains("-----BEGIN " + CERTIFICATE + "-----")) {
            byte[] der = body(pem, CERTIFICATE);
            try {
                return CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der))
                        .getPublicKey();
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("holds a certificate that cannot be read: " + e.getMessage());
            }
        }
        if (!pem.contains("-----BEGIN " + PUBLIC_KEY + "-----")) {
            throw new IllegalArgumentException("must be a PEM public key (-----BEGIN PUBLIC KEY-----, RSA or EC)"
                    + " or certificate (-----BEGIN CERTIFICATE-----)");
        }
        X509EncodedKeySpec spec = new X509EncodedKeySpec(body(pem, PUBLIC_KEY));
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(spec);
            } catch (GeneralSecurityException e) {
                // Not this algorithm: try the next one.
            }
        }
        throw new IllegalArgumentException("holds a public key that is neither RSA nor EC");
    }

    private static byte[] body(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end, from);
        if (to < 0) {
            throw new IllegalArgumentException("has no '" + end + "' line");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a " + label.toLowerCase(Locale.ROOT) + " body that is not Base64");
        }
    }
}
