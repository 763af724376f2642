package dev.kiln.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** API keys in a configured header, stored as SHA-256. */
class ApiKeyHttpTest {
    private static final String DEPLOY_KEY = ApiKeys.generate();
    private static final String REPORT_KEY = ApiKeys.generate();
    private static final String CHALLENGE = "ApiKey realm=\"kiln\", header=\"X-Service-Key\"";
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of(
                "kiln.security.api-key.header", "X-Service-Key",
                "kiln.security.api-key.keys.deployer.hash", ApiKeys.hash(DEPLOY_KEY),
                "kiln.security.api-key.keys.deployer.roles", "admin",
                "kiln.security.api-key.keys.reporter.hash", ApiKeys.hash(REPORT_KEY),
                "kiln.security.api-key.keys.reporter.scopes", "orders:read"));
        http = server.http();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eachKeyIsItsPrincipal() {
        CredentialSupplier deployer = CredentialSupplier.apiKey("X-Service-Key", DEPLOY_KEY);
        HttpResponse<String> admin = http.get("/admin", deployer.header().defaultCase(), deployer.get());
        assertEquals(200, admin.statusCode(), admin.body());
        assertEquals("deployer|ApiKey|admin|", admin.body());
        HttpResponse<String> orders = http.get("/orders", "x-service-key", REPORT_KEY);
        assertEquals("reporter|ApiKey||orders:read", orders.body());
        assertEquals(403, http.get("/admin", "X-Service-Key", REPORT_KEY).statusCode());
    }

    @Test
    void wrongEmptyAndOversizedKeysAre401() {
        String[] refused = {ApiKeys.generate(), DEPLOY_KEY.substring(1), DEPLOY_KEY + "x", " ", "k".repeat(2000)};
        for (String key : refused) {
            HttpResponse<String> response = http.get("/public", "X-Service-Key", key);
            Http.assertUnauthorized(response, CHALLENGE);
            assertEquals("The API key is not valid", Http.problem(response).detail());
        }
    }

    @Test
    void theKeyInTheDefaultHeaderIsNotReadWhenAnotherIsConfigured() {
        HttpResponse<String> response = http.get("/me", "X-API-Key", DEPLOY_KEY);
        Http.assertUnauthorized(response, CHALLENGE);
        assertEquals("Authentication is required", Http.problem(response).detail());
    }
}
