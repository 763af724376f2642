package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** PBKDF2 password hashes, API key hashes and the command-line tool that makes them. */
class PasswordsTest {
    private static final Pattern FORMAT = Pattern.compile("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");

    @Test
    void hashHasTheDocumentedFormAndVerifies() {
        String hash = Passwords.hash("correct horse".toCharArray(), 1000);
        assertTrue(FORMAT.matcher(hash).matches(), hash);
        assertTrue(Passwords.verify("correct horse".toCharArray(), hash));
        assertFalse(Passwords.verify("correct horsE".toCharArray(), hash));
        assertFalse(Passwords.verify(new char[0], hash));
        assertNotEquals(hash, Passwords.hash("correct horse".toCharArray(), 1000), "a fresh salt every time");
    }

    @Test
    void theHashIsStandardPbkdf2HmacSha256() throws Exception {
        // Interoperable: the same derivation any PBKDF2 implementation computes from salt and iterations.
        PasswordHash parsed = PasswordHash.parse(Passwords.hash("pw".toCharArray(), 1000));
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("pw".toCharArray(), parsed.salt(), 1000, 256)).getEncoded();
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(parsed.hash()));
        assertEquals(600_000, Passwords.DEFAULT_ITERATIONS);
    }

    @Test
    void malformedHashesAreRefusedWithTheReason() {
        String good = Passwords.hash("pw".toCharArray(), 1000);
        String[] parts = good.split("\\$");
        assertFalse(Passwords.verify("pw".toCharArray(), "plain-text-password"));
        assertMessage("pbkdf2-sha256$iterations$salt$hash", "bcrypt$10$abc");
        assertMessage("three $-separated parts", "pbkdf2-sha256$1000$" + parts[2]);
        assertMessage("not a number", "pbkdf2-sha256$many$" + parts[2] + "$" + parts[3]);
        assertMessage("use 1000 to 10000000", "pbkdf2-sha256$999$" + parts[2] + "$" + parts[3]);
        assertMessage("not Base64", "pbkdf2-sha256$1000$***$" + parts[3]);
        assertMessage("at least 8", "pbkdf2-sha256$1000$AAAA$" + parts[3]);
        assertMessage("gives 32", "pbkdf2-sha256$1000$" + parts[2] + "$AAAA");
        assertThrows(IllegalArgumentException.class, () -> Passwords.hash(new char[0], 1000));
        assertThrows(IllegalArgumentException.class, () -> Passwords.hash("pw".toCharArray(), 10));
    }

    private static void assertMessage(String part, String encoded) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(encoded));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void apiKeyHashIsSha256HexAsSha256sumPrintsIt() {
        // printf %s "abc" | sha256sum
        assertEquals("sha256$ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.hash("abc"));
        String key = ApiKeys.generate();
        assertEquals(43, key.length());
        assertNotEquals(key, ApiKeys.generate());
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.decode("sha256$abc"));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.decode("sha256$" + "zz".repeat(32)));
    }

    @Test
    void hashToolMakesEachKindOfHash() {
        Run password = run(new String[] {"password", "1000"}, "s3cret");
        assertEquals(0, password.status);
        assertTrue(Passwords.verify("s3cret".toCharArray(), password.out.strip()), password.out);

        Run apiKey = run(new String[] {"api-key"}, null);
        assertEquals(0, apiKey.status);
        String[] lines = apiKey.out.strip().split("\n");
        String key = lines[0].substring("key:".length()).strip();
        assertEquals("hash: " + ApiKeys.hash(key), lines[1].strip());

        Run keyHash = run(new String[] {"api-key-hash"}, "abc");
        assertEquals(ApiKeys.hash("abc"), keyHash.out.strip());
    }

    @Test
    void hashToolExplainsUsageErrors() {
        assertEquals(2, run(new String[0], null).status);
        Run unknown = run(new String[] {"md5"}, null);
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.contains("unknown command 'md5'") && unknown.err.contains("usage:"), unknown.err);
        assertEquals(2, run(new String[] {"password", "lots"}, "pw").status);
        assertEquals(2, run(new String[] {"password", "5"}, "pw").status);
        assertEquals(2, run(new String[] {"password"}, "").status);
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String[] args, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = HashTool.run(args, prompt -> input == null ? null : input.toCharArray(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
