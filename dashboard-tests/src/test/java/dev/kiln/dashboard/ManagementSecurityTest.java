package dev.kiln.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.security.ApiKeys;
import dev.kiln.samples.catalog.KilnCatalogApp;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kiln.management.roles} on the shop's catalog (which uses Kiln's security: API keys), over plain HTTP: Kiln's
 * endpoints need the role — anonymous 401 with the challenge, another role 403, the role 200, refusals as problems —
 * while {@code /health} and the catalog's own routes stay as they were, and the dashboard passes the caller's key on
 * to the instance it reads.
 */
class ManagementSecurityTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> GOVERNED = List.of("/kiln/dashboard", "/kiln/dashboard/dashboard.js",
            "/kiln/registry", "/kiln/errors", "/kiln/traces", "/kiln/caches", "/metrics");
    private static KilnHandle catalog;

    @BeforeAll
    static void start() {
        catalog = KilnCatalogApp.start(KilnConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1",
                "kiln.management.roles", "ops",
                "kiln.security.api-key.keys.operator.hash", ApiKeys.hash("operator-key"),
                "kiln.security.api-key.keys.operator.roles", "ops",
                "kiln.security.api-key.keys.keeper.hash", ApiKeys.hash("keeper-key"),
                "kiln.security.api-key.keys.keeper.roles", "stock-keeper")));
    }

    @AfterAll
    static void stop() {
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void anonymousIs401WrongRoleIs403RightRoleIs200() throws Exception {
        for (String path : GOVERNED) {
            HttpResponse<String> anonymous = get(path, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(null), path);
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("X-API-Key"),
                    path + " " + anonymous.headers().map());

            HttpResponse<String> keeper = get(path, "keeper-key");
            assertEquals(403, keeper.statusCode(), path);
            assertEquals("application/problem+json", keeper.headers().firstValue("Content-Type").orElse(null), path);

            assertEquals(200, get(path, "operator-key").statusCode(), path);
        }
    }

    @Test
    void healthAndTheApplicationsOwnRoutesAreNotGoverned() throws Exception {
        assertEquals(200, get("/health", null).statusCode());
        assertEquals(200, get("/health/ready", null).statusCode());
        assertEquals(200, get("/products/BK-001", null).statusCode());
        assertEquals(200, get("/products/BK-001", "keeper-key").statusCode());
    }

    @Test
    void theDashboardReadsAnInstanceWithTheCallersCredentials() throws Exception {
        Matcher self = Pattern.compile("\"instance\":\"([^\"]+)\"").matcher(get("/kiln/dashboard/api/self", "operator-key").body());
        assertTrue(self.find());
        String proxied = "/kiln/dashboard/api/instances/" + self.group(1) + "/kiln/errors";
        // 200 only if the instance read was let in: the key went along.
        HttpResponse<String> errors = get(proxied, "operator-key");
        assertEquals(200, errors.statusCode(), errors.body());
        assertTrue(errors.body().contains("\"application\":\"catalog\""), errors.body());
        assertEquals(401, get(proxied, null).statusCode());
        assertEquals(403, get(proxied, "keeper-key").statusCode());
    }

    private static HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(catalog.uri().resolve(path));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
