package dev.kiln.runtime.security;

import java.security.SecureRandom;

/**
 * Hashes passwords for {@code kiln.security.basic.users.<name>.password} with PBKDF2-HMAC-SHA256 from the
 * JDK, in the form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64, unpadded). The salt is 16
 * random bytes; the iterations are stored, so old hashes keep working when the default rises.
 *
 * <pre>{@code
 * String stored = Passwords.hash("correct horse".toCharArray());   // pbkdf2-sha256$600000$...$...
 * boolean ok = Passwords.verify("correct horse".toCharArray(), stored);
 * }</pre>
 *
 * From a shell: {@code java -cp kiln-runtime-security.jar dev.kiln.runtime.security.HashTool password}.
 */
public final class Passwords {
    /** The iterations {@link #hash(char[])} uses: OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /** A new hash of {@code password} with {@link #DEFAULT_ITERATIONS}. */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /** A new hash of {@code password} with the given iterations (1,000 to 10,000,000). */
    public static String hash(char[] password, int iterations) {
        if (password.length == 0) {
            throw new IllegalArgumentException("The password must not be empty");
        }
        if (iterations < PasswordHash.MIN_ITERATIONS || iterations > PasswordHash.MAX_ITERATIONS) {
            throw new IllegalArgumentException("Iterations must be " + PasswordHash.MIN_ITERATIONS + " to "
                    + PasswordHash.MAX_ITERATIONS + ", but are " + iterations);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, PasswordHash.derive(password, salt, iterations)).encode();
    }

    /** Whether {@code password} matches {@code encoded}; {@code false} also when {@code encoded} is malformed. */
    public static boolean verify(char[] password, String encoded) {
        PasswordHash hash;
        try {
            hash = PasswordHash.parse(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return hash.matches(password);
    }
}
