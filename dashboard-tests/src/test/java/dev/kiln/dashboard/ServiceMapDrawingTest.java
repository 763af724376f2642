package dev.kiln.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The service map panel draws exactly the {@code GET /kiln/service-map} contract: an instance serving a fixture of that
 * JSON ({@code service-map.json}: three applications, a topic, a table, a cache, live figures, both kinds of drift),
 * its dashboard in headless Chromium. The end-to-end map of the running shop is {@link DashboardBrowserTest}'s.
 */
class ServiceMapDrawingTest {

    @Test
    void theMapDrawsEveryNodeAndEdgeWithItsFiguresAndDrift() {
        try (KilnHandle app = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")),
                new ApplicationDescriptor("dev.kiln.dashboard.MapApp", "orders", List.of(), List.of()))
                .routers(List.of(new FixtureMap())).start();
             Browser browser = Browser.start()) {
            browser.open(app.uri() + "/kiln/dashboard");
            browser.until("the map's nodes", d -> browser.all("#map svg g.node").size() == 7);
            assertEquals(Set.of("orders", "catalog", "notifications", "billing", "events:orders", "table:orders",
                    "cache:products"), browser.all("#map svg g.node").stream().map(n -> n.getAttribute("data-name"))
                    .collect(Collectors.toSet()));
            assertTrue(node(browser, "catalog").getText().contains("1/2 up"), node(browser, "catalog").getText());

            String http = edge(browser, "orders", "catalog").getText();
            assertTrue(http.contains("http") && http.contains("42 calls") && http.contains("1 err")
                    && http.contains("p50 1.80 ms") && http.contains("p99 12.5 ms"), http);
            assertTrue(edge(browser, "orders", "events:orders").getText().contains("publish"));
            String cache = edge(browser, "catalog", "cache:products").getText();
            assertTrue(cache.contains("cache") && !cache.contains("calls"), "no figures for an edge without them: " + cache);

            WebElement undeclared = edge(browser, "notifications", "catalog");
            WebElement unseen = edge(browser, "notifications", "billing");
            assertTrue(undeclared.getAttribute("class").contains("drift"), undeclared.getAttribute("class"));
            assertTrue(unseen.getAttribute("class").contains("drift"));
            assertTrue(undeclared.getText().contains("seen-not-declared"), undeclared.getText());
            assertTrue(unseen.getText().contains("declared-not-seen"), unseen.getText());
            assertEquals("false", String.valueOf(edge(browser, "orders", "catalog").getAttribute("class").contains("drift")));
            String warning = browser.driver().findElement(By.cssSelector("#map p.warn")).getText();
            assertTrue(warning.startsWith("2 edge(s) drift"), warning);

            // Callers left of what they call.
            assertTrue(x(node(browser, "orders")) < x(node(browser, "catalog")));
            assertTrue(x(node(browser, "events:orders")) < x(node(browser, "notifications")));
            browser.screenshot("dashboard-map", browser.driver().findElement(By.id("map")));
        }
    }

    private static WebElement node(Browser browser, String name) {
        return browser.driver().findElement(By.cssSelector("#map svg g.node[data-name='" + name + "']"));
    }

    private static WebElement edge(Browser browser, String from, String to) {
        return browser.driver().findElement(By.cssSelector("#map svg g.edge[data-from='" + from + "'][data-to='" + to + "']"));
    }

    private static int x(WebElement node) {
        return node.getLocation().getX();
    }

    /** {@code GET /kiln/service-map} answering the fixture, as the real endpoint would. */
    private static final class FixtureMap extends OperationsEndpoint {
        private final byte[] body;

        FixtureMap() {
            super(new ServiceDescriptor("fixture-map", FixtureMap.class.getName(),
                    List.of(new RouteDescriptor("GET", "/kiln/service-map"))));
            try (InputStream in = ServiceMapDrawingTest.class.getResourceAsStream("/service-map.json")) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/kiln/service-map", (req, res) -> {
                res.header("Content-Type", "application/json");
                res.send(body);
            });
        }
    }
}
