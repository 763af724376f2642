package dev.kiln.runtime.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API keys and the hashes configured for them ({@code kiln.security.api-key.keys.<name>.hash}).
 * An API key is 32 random bytes, so a single SHA-256 is enough to keep the configured value useless to a
 * reader; unlike a password it needs no slow hash, and checking one costs a microsecond. The form is
 * {@code sha256$<64 hex digits>}, which {@code printf %s "$KEY" | sha256sum} also gives.
 *
 * <pre>{@code
 * String key = ApiKeys.generate();          // give this to the caller
 * String configured = ApiKeys.hash(key);    // sha256$9f86d0... goes in the configuration
 * }</pre>
 */
public final class ApiKeys {
    static final String PREFIX = "sha256$";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {}

    /** A new random key: 32 bytes, Base64url without padding (43 characters). */
    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** The configured form of {@code key}: {@code sha256$} and the SHA-256 of its UTF-8 bytes in hex. */
    public static String hash(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("The API key must not be empty");
        }
        return PREFIX + HexFormat.of().formatHex(digest(key));
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE runtime has SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The 32 digest bytes of a configured {@code sha256$<hex>}; an {@link IllegalArgumentException} otherwise. */
    static byte[] decode(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX) || encoded.length() != PREFIX.length() + 64) {
            throw new IllegalArgumentException("must be sha256$ followed by 64 hex digits (make one with:"
                    + " java -cp kiln-runtime-security.jar dev.kiln.runtime.security.HashTool api-key)");
        }
        try {
            return HexFormat.of().parseHex(encoded, PREFIX.length(), encoded.length());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be sha256$ followed by 64 hex digits");
        }
    }
}
