package dev.kiln.runtime.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.JsonTree;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import dev.kiln.runtime.testapp.OrderApiRouter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /kiln/dashboard} over real HTTP: the page and its two files from the jar, nothing from elsewhere; another
 * instance's operations endpoints read through this one (only those, only instances of the registry); and
 * {@code kiln.management.enabled}.
 */
class DashboardHttpTest {

    private static KilnHandle start(ServiceRegistry registry, Map<String, String> settings) {
        return TestApps.builder(settings).registry(registry)
                .routers(List.of(new OrderApiRouter(new OrderService()))).start();
    }

    @Test
    void thePageAndItsFilesComeFromTheJarAndMayLoadNothingFromElsewhere() {
        try (KilnHandle app = start(new InMemoryServiceRegistry(), Map.of())) {
            Http http = new Http(app.uri());
            HttpResponse<String> page = http.get("/kiln/dashboard");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertEquals("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
                    page.headers().firstValue("Content-Security-Policy").orElseThrow());
            // Every asset the page names is on this origin: no scheme, no host.
            Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
            int count = 0;
            while (assets.find()) {
                if (assets.group(1).equals("data:,")) {
                    continue;   // the empty icon, inline: no request at all
                }
                assertTrue(assets.group(1).startsWith("/kiln/dashboard/"), assets.group(1));
                assertEquals(200, http.get(assets.group(1)).statusCode(), assets.group(1));
                count++;
            }
            assertEquals(2, count, "the script and the style sheet");
            assertTrue(http.get("/kiln/dashboard/dashboard.js").headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("text/javascript"));
            HttpResponse<String> missing = http.get("/kiln/dashboard/other.js");
            assertEquals(404, missing.statusCode());
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());

            Map<String, Object> self = JsonTree.object(http.get("/kiln/dashboard/api/self").body());
            assertEquals("test", self.get("application"));
            assertTrue(self.get("instance").toString().startsWith("test-"), self.toString());
            String registry = http.get("/kiln/registry").body();
            assertTrue(registry.contains("\"id\":\"" + self.get("instance") + "\""), registry);
        }
    }

    @Test
    void anotherInstanceIsReadThroughThisOneOnlyForItsOperationsEndpoints() {
        ServiceRegistry registry = new InMemoryServiceRegistry();
        try (KilnHandle first = start(registry, Map.of()); KilnHandle second = start(registry, Map.of())) {
            Http http = new Http(first.uri());
            String secondId = JsonTree.object(new Http(second.uri()).get("/kiln/dashboard/api/self").body())
                    .get("instance").toString();
            String base = "/kiln/dashboard/api/instances/" + secondId;

            HttpResponse<String> health = http.get(base + "/health");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            HttpResponse<String> errors = http.get(base + "/kiln/errors");
            assertEquals(200, errors.statusCode(), errors.body());
            assertEquals("test", JsonTree.object(errors.body()).get("application"));
            HttpResponse<String> noTraces = http.get(base + "/kiln/traces");
            assertEquals(404, noTraces.statusCode(), "no SDK here: the instance's own 404 comes through");

            // Not an operations path, not a method the dashboard uses, not an instance of the registry: refused here.
            assertEquals(404, http.get(base + "/orders/1").statusCode());
            assertEquals(404, http.send("POST", base + "/kiln/errors", "application/json", "{}").statusCode());
            assertEquals(404, http.get(base + "/kiln/../orders/1").statusCode());
            HttpResponse<String> stranger = http.get("/kiln/dashboard/api/instances/elsewhere/health");
            assertEquals(404, stranger.statusCode());
            assertTrue(stranger.body().contains("No instance 'elsewhere'"), stranger.body());
        }
    }

    @Test
    void managementOffServesNoneOfKilnsEndpointsButHealthStays() {
        try (KilnHandle app = start(new InMemoryServiceRegistry(), Map.of(ManagementSettings.ENABLED, "false"))) {
            Http http = new Http(app.uri());
            for (String path : List.of("/kiln/dashboard", "/kiln/registry", "/kiln/errors")) {
                assertEquals(404, http.get(path).statusCode(), path);
            }
            assertEquals(200, http.get("/health").statusCode());
        }
    }

    @Test
    void rolesWithoutKilnSecurityRefuseToStartRatherThanServeOpenly() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> start(new InMemoryServiceRegistry(), Map.of(ManagementSettings.ROLES, "ops")));
        assertTrue(refused.getMessage().contains("kiln.management.roles=ops"), refused.getMessage());

        KilnFilter guard = (ManagementGuard) (route, req, res, next) -> next.proceed(req, res);
        try (KilnHandle app = TestApps.builder(Map.of(ManagementSettings.ROLES, "ops")).filters(List.of(guard))
                .routers(List.of(new OrderApiRouter(new OrderService()))).start()) {
            assertEquals(200, new Http(app.uri()).get("/kiln/registry").statusCode());
        }
    }
}
