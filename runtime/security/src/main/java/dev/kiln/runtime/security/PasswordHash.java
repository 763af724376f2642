package dev.kiln.runtime.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A decoded {@code pbkdf2-sha256$iterations$salt$hash} (salt and hash in Base64, padding optional),
 * parsed once at startup so a login costs only the key derivation.
 */
record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    static final String PREFIX = "pbkdf2-sha256$";
    static final int MIN_ITERATIONS = 1_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int MIN_SALT_BYTES = 8;
    static final int HASH_BYTES = 32;

    /** Parses an encoded hash; an {@link IllegalArgumentException} saying what is wrong (never echoing the value). */
    static PasswordHash parse(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("must be a hash of the form pbkdf2-sha256$iterations$salt$hash"
                    + " (make one with: java -cp kiln-runtime-security.jar dev.kiln.runtime.security.HashTool password)");
        }
        String[] parts = encoded.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("must have three $-separated parts after pbkdf2-sha256$: iterations, salt and hash");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("has iterations '" + parts[0] + "' that are not a number");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("has " + iterations + " iterations; use " + MIN_ITERATIONS + " to "
                    + MAX_ITERATIONS + " (" + Passwords.DEFAULT_ITERATIONS + " recommended)");
        }
        byte[] salt = decode(parts[1], "salt");
        byte[] hash = decode(parts[2], "hash");
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("has a salt of " + salt.length + " bytes; use at least " + MIN_SALT_BYTES);
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("has a hash of " + hash.length + " bytes; PBKDF2-HMAC-SHA256 gives " + HASH_BYTES);
        }
        return new PasswordHash(iterations, salt, hash);
    }

    /** Whether {@code password} derives this hash; compared in constant time. */
    boolean matches(char[] password) {
        if (password.length == 0) {
            // The JDK's HMAC refuses an empty key; an empty password never matches a configured one.
            derive(new char[] {'\0'}, salt, iterations);
            return false;
        }
        return MessageDigest.isEqual(derive(password, salt, iterations), hash);
    }

    /** The encoded form. */
    String encode() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime has PBKDF2WithHmacSHA256; reaching this is a broken JDK, not bad input.
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] decode(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a " + what + " that is not Base64");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[pbkdf2-sha256, " + iterations + " iterations]";
    }
}
