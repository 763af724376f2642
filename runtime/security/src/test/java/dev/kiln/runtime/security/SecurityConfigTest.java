package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.WritableHeaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What configuration turns into, and configuration mistakes failing at startup with the key named. */
class SecurityConfigTest {
    private static final String HASH = Passwords.hash("pw".toCharArray(), 1000);

    @Test
    void yamlListsAndNestedUsersAreRead() {
        String yaml = """
                kiln:
                  security:
                    realm: shop
                    basic:
                      users:
                        alice:
                          password: "%s"
                          roles: [admin, user]
                    api-key:
                      keys:
                        ci-bot:
                          hash: "%s"
                          scopes:
                            - orders:read
                            - orders:write
                """.formatted(HASH, ApiKeys.hash("k"));
        KilnConfig config = KilnConfig.ofYaml(yaml);
        Authenticators authenticators = Authenticators.fromConfig(config);
        assertEquals(List.of("Basic", "ApiKey"), authenticators.authenticators().stream().map(Authenticator::scheme).toList());
        assertEquals("Basic realm=\"shop\", charset=\"UTF-8\", ApiKey realm=\"shop\", header=\"X-API-Key\"",
                authenticators.challenge().orElseThrow());

        Principal alice = authenticators.authenticate(headers("Authorization", CredentialSupplier.basic("alice", "pw").get()));
        assertEquals(Set.of("admin", "user"), alice.roles());
        Principal bot = authenticators.authenticate(headers("X-API-Key", "k"));
        assertEquals(Set.of("orders:read", "orders:write"), bot.scopes());
        assertEquals(Principal.ANONYMOUS, authenticators.authenticate(WritableHeaders.create()));
    }

    @Test
    void nothingConfiguredMeansEveryoneIsAnonymous() {
        Authenticators none = Authenticators.fromConfig(KilnConfig.of(Map.of()));
        assertTrue(none.isEmpty());
        assertTrue(none.challenge().isEmpty());
        assertEquals(Principal.ANONYMOUS, none.authenticate(WritableHeaders.create()));
        assertThrows(AuthenticationException.class, () -> none.authenticate(headers("Authorization", "Bearer x")));
    }

    @Test
    void jwtKeyMistakes() {
        assertFails("Configure one JWT key source, not several: kiln.security.jwt.secret, kiln.security.jwt.jwks-url",
                "kiln.security.jwt.secret", Tokens.SECRET, "kiln.security.jwt.jwks-url", "https://issuer.test/jwks");
        assertFails("'kiln.security.jwt.secret' must be at least 32 bytes", "kiln.security.jwt.secret", "short");
        assertFails("'kiln.security.jwt.secret' starts with base64:", "kiln.security.jwt.secret", "base64:***");
        assertFails("'kiln.security.jwt.public-key' must be a PEM public key", "kiln.security.jwt.public-key", "ssh-rsa AAAA");
        assertFails("'kiln.security.jwt.public-key-file' names '/no/such.pem', which cannot be read",
                "kiln.security.jwt.public-key-file", "/no/such.pem");
        assertFails("'kiln.security.jwt.jwks-url' must be an http(s) URL", "kiln.security.jwt.jwks-url", "file:/etc/jwks.json");
        assertFails("'kiln.security.jwt.algorithms' names 'none'; supported: HS256", "kiln.security.jwt.secret", Tokens.SECRET,
                "kiln.security.jwt.algorithms", "none");
        assertFails("'kiln.security.jwt.algorithms' names RS256, which the configured keys cannot verify (they can: HS256, HS384, HS512)",
                "kiln.security.jwt.secret", Tokens.SECRET, "kiln.security.jwt.algorithms", "HS256,RS256");
        assertFails("'kiln.security.jwt.clock-skew' must be 0s to 10m", "kiln.security.jwt.secret", Tokens.SECRET,
                "kiln.security.jwt.clock-skew", "1h");
    }

    @Test
    void basicAndApiKeyMistakes() {
        assertFails("'kiln.security.basic.users.alice.password' must be a hash of the form pbkdf2-sha256",
                "kiln.security.basic.users.alice.password", "hunter2");
        assertFails("'kiln.security.api-key.keys.bot.hash' must be sha256$ followed by 64 hex digits",
                "kiln.security.api-key.keys.bot.hash", "k");
        assertFails("'kiln.security.api-key.keys.b.hash' is the same key as 'a'",
                "kiln.security.api-key.keys.a.hash", ApiKeys.hash("k"), "kiln.security.api-key.keys.b.hash", ApiKeys.hash("k"));
        assertFails("'kiln.security.api-key.header' must name a header other than Authorization",
                "kiln.security.api-key.keys.a.hash", ApiKeys.hash("k"), "kiln.security.api-key.header", "authorization");
    }

    @Test
    void configuredAlgorithmsAreTheOnlyOnesAccepted() {
        Authenticators hs512Only = Authenticators.fromConfig(KilnConfig.of(Map.of(
                "kiln.security.jwt.secret", Tokens.SECRET + Tokens.SECRET, "kiln.security.jwt.algorithms", "HS512")));
        String hs256 = Tokens.hs256(Tokens.SECRET + Tokens.SECRET, Tokens.admin());
        assertThrows(AuthenticationException.class, () -> hs512Only.authenticate(headers("Authorization", "Bearer " + hs256)));
    }

    private static WritableHeaders<?> headers(String name, String value) {
        WritableHeaders<?> headers = WritableHeaders.create();
        headers.add(HeaderValues.create(HeaderNames.create(name), value));
        return headers;
    }

    private static void assertFails(String message, String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Authenticators.fromConfig(KilnConfig.of(values)));
        assertTrue(e.getMessage().contains(message), () -> "expected '" + message + "' in: " + e.getMessage());
    }
}
