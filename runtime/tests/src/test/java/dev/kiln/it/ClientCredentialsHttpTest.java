package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.ClientCredentials;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.ForbiddenException;
import dev.kiln.runtime.http.UnauthorizedException;
import dev.kiln.runtime.security.CredentialSupplier;
import dev.kiln.runtime.security.Tokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The credentials a typed client sends: from its configuration ({@code kiln.clients.secure.bearer-token},
 * {@code .api-key}), from a {@code Map<String, ClientCredentials>} (what generated modules pass), or set on the
 * builder, and which wins. {@code GET /secure/me} answers {@code name|scheme|roles|scopes} of the caller.
 */
class ClientCredentialsHttpTest {
    private static final String ADMIN_TOKEN = Tokens.signed(Tokens.admin());

    private static KilnHandle app;

    @BeforeAll
    static void start() {
        app = TestServer.start(SecureConfig.values());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static KilnConfig clientConfig(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        values.put("kiln.clients.secure.uri", app.uri().toString());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put("kiln.clients.secure." + keysAndValues[i], keysAndValues[i + 1]);
        }
        return KilnConfig.of(values);
    }

    @Test
    void configuredBearerTokenAndApiKeyAreSent() {
        SecureApi bearer = SecureApiClient.builder().config(clientConfig("bearer-token", ADMIN_TOKEN)).build();
        assertTrue(bearer.me(null).contains("|Bearer|"), bearer.me(null));
        assertEquals("admin", bearer.admin());

        SecureApi bot = SecureApiClient.builder().config(clientConfig("api-key", SecureConfig.API_KEY)).build();
        assertEquals("ci-bot|ApiKey|deployer|orders:read", bot.me(null));
        assertEquals("orders", bot.readOrders());
        assertThrows(ForbiddenException.class, bot::admin);

        SecureApi named = SecureApiClient.builder()
                .config(clientConfig("api-key", SecureConfig.API_KEY, "api-key-header", "x-api-key")).build();
        assertEquals("ci-bot|ApiKey|deployer|orders:read", named.me(null));
    }

    @Test
    void withoutCredentialsTheCallIsAnonymous() {
        SecureApi anonymous = SecureApiClient.builder().config(clientConfig()).build();
        assertThrows(UnauthorizedException.class, () -> anonymous.me(null));
        assertEquals("open", anonymous.open());
    }

    @Test
    void aMapEntryForTheServiceWinsOverTheConfigurationAndOtherEntriesAreIgnored() {
        Map<String, ClientCredentials> byService = Map.of("secure", CredentialSupplier.bearer(ADMIN_TOKEN),
                "catalog", CredentialSupplier.apiKey("X-API-Key", "not-for-secure"));
        SecureApi fromMap = SecureApiClient.builder().config(clientConfig("api-key", SecureConfig.API_KEY))
                .credentialsFrom(byService).build();
        assertTrue(fromMap.me(null).contains("|Bearer|"), fromMap.me(null));

        SecureApi noEntry = SecureApiClient.builder().config(clientConfig("api-key", SecureConfig.API_KEY))
                .credentialsFrom(Map.of("catalog", CredentialSupplier.bearer(ADMIN_TOKEN))).build();
        assertEquals("ci-bot|ApiKey|deployer|orders:read", noEntry.me(null));
    }

    @Test
    void credentialsSetOnTheBuilderWinWhateverTheOrder() {
        SecureApi before = SecureApiClient.builder().credentials(CredentialSupplier.bearer(ADMIN_TOKEN))
                .config(clientConfig("api-key", SecureConfig.API_KEY)).build();
        assertTrue(before.me(null).contains("|Bearer|"), before.me(null));

        SecureApi after = SecureApiClient.builder().config(clientConfig("api-key", SecureConfig.API_KEY))
                .credentials(CredentialSupplier.bearer(ADMIN_TOKEN)).build();
        assertTrue(after.me(null).contains("|Bearer|"), after.me(null));
    }

    @Test
    void bothFixedCredentialsConfiguredIsAMistakeNamingTheKeys() {
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> SecureApiClient.builder()
                .config(clientConfig("api-key", SecureConfig.API_KEY, "bearer-token", ADMIN_TOKEN)));
        assertEquals("Configuration 'kiln.clients.secure.bearer-token' and 'kiln.clients.secure.api-key' are both"
                + " set; a client sends one credential, so set only one", both.getMessage());

        IllegalArgumentException split = assertThrows(IllegalArgumentException.class, () -> SecureApiClient.builder()
                .config(clientConfig("bearer-token", "abc\ndef")));
        assertEquals("The token must be non-blank text on one line", split.getMessage());
    }
}
