package dev.kiln.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.dashboard.fixture.AuditApiClient;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.samples.shop.api.CatalogApiClient;
import dev.kiln.samples.shop.api.NewOrder;
import dev.kiln.samples.shop.api.Order;
import dev.kiln.samples.shop.api.OrderApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard of one instance (orders) in headless Chromium, with the shop and the audit fixture running: every panel
 * shows the running system's data, read from each instance through the one the page came from; a dead letter replayed
 * from the page is handled. Screenshots go to {@code docs/images/dashboard-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> APPLICATIONS = Set.of("catalog", "orders", "notifications", "audit");
    private static Shop shop;
    private static Browser browser;
    private static List<Order> placed;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        browser = Browser.start();   // first: without Chromium the test fails before anything starts
        shop = Shop.start();
        Await.until("orders sees every application in the registry", Duration.ofSeconds(20),
                () -> APPLICATIONS.stream().allMatch(get(shop.orders.uri(), "/kiln/registry")::contains));
        OrderApiClient orders = OrderApiClient.create(shop.orders.uri());
        placed = List.of(orders.create(new NewOrder("ada", List.of(new NewOrder.OrderLine("BK-001", 2)))),
                orders.create(new NewOrder("bob", List.of(new NewOrder.OrderLine("KT-230", 1)))));
        CatalogApiClient catalog = CatalogApiClient.create(shop.catalog.uri());
        catalog.find("GD-104");
        catalog.find("GD-104");
        assertEquals(500, HTTP.send(HttpRequest.newBuilder(shop.audit.uri().resolve("/audit/report")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        // The audit store is down: each order's event is tried twice, then kept as a dead letter of the audit group.
        Await.until("both events dead-lettered by audit", Duration.ofSeconds(30),
                () -> get(shop.audit.uri(), "/kiln/messaging").contains("\"deadLetters\":2"));
        browser.open(shop.orders.uri() + "/kiln/dashboard");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void everyPanelShowsTheRunningSystem() {
        // System: every application's instance, from the registry, with its health read from that instance.
        browser.until("the four applications in the system panel", d -> APPLICATIONS.stream()
                .allMatch(app -> !browser.rows("#system tr[data-app='" + app + "']", "UP").isEmpty()));

        // Routes: each application's own /metrics.
        browser.until("orders' POST /orders and catalog's reservations route", d ->
                !browser.rows("#routes tr[data-app='orders']", "POST", "/orders").isEmpty()
                        && !browser.rows("#routes tr[data-app='catalog']", "/products/{sku}/reservations").isEmpty());

        // Traces: one order's trace holds spans of orders and of catalog; its waterfall marks a critical path.
        String traceId = browser.until("a trace through orders and catalog", d -> browser
                .rows("#traces tr[data-trace]", "POST /orders", "catalog", "orders").stream().findFirst()
                .map(row -> row.getAttribute("data-trace")).orElse(null));
        // One click (the list is drawn again at each poll: found and clicked in one try, tried again if it went stale).
        browser.until("a click on " + traceId, d -> {
            d.findElement(By.cssSelector("#traces tr[data-trace='" + traceId + "']")).click();
            return true;
        });
        Set<String> services = browser.until("the waterfall of " + traceId, d -> {
            Set<String> found = browser.all("#waterfall .waterfall[data-trace='" + traceId + "'] .span").stream()
                    .map(span -> span.getAttribute("data-service")).collect(Collectors.toSet());
            return found.isEmpty() ? null : found;
        });
        assertTrue(services.containsAll(Set.of("orders", "catalog")), services.toString());
        int[] root = browser.until("the critical path", d -> {
            List<WebElement> critical = browser.all("#waterfall .span.critical");
            assertTrue(critical.size() >= 3, "a critical path from the root down: " + critical.size());
            return new int[] {critical.getFirst().findElement(By.className("bar")).getSize().getWidth(),
                    critical.getFirst().findElement(By.className("track")).getSize().getWidth()};
        });
        // The root's bar is as wide as its share of the trace (the consumers that run after the answer make the trace
        // longer than the request), not the 2px of a bar whose width was refused: bars are sized through the CSSOM,
        // since the page's policy refuses inline styles.
        assertTrue(root[0] > 10 && root[0] <= root[1], "root bar " + root[0] + " of " + root[1]);
        assertTrue(browser.all("#waterfall .n-plus-one").isEmpty(), "a few statements per order: no N+1 warning");
        // Under a threshold of 2 statements, the same order's trace (its inserts: orders, order lines, outbox) warns.
        WebElement threshold = browser.driver().findElement(By.id("nplusone"));
        threshold.clear();
        threshold.sendKeys("2");
        browser.until("a click on " + traceId, d -> {
            d.findElement(By.cssSelector("#traces tr[data-trace='" + traceId + "']")).click();
            return true;
        });
        String warning = browser.until("the N+1 warning", d -> browser.all("#waterfall .n-plus-one").stream()
                .findFirst().map(WebElement::getText).orElse(null));
        assertTrue(warning.matches("N\\+1\\? \\d+ database statements in one trace \\(threshold 2\\).*"), warning);
        threshold.clear();
        threshold.sendKeys("10");

        // Errors: audit's failing report, grouped.
        browser.until("audit's error group", d -> !browser.rows("#errors tr[data-app='audit']",
                "IllegalStateException", "audit report template missing", "GET /audit/report").isEmpty());

        // Messaging: the orders topic as audit and notifications consume it, and audit's two dead letters.
        browser.until("audit's dead letters", d -> browser.all("#messaging tr.dead-letter").size() == 2
                && !browser.rows("#messaging tr[data-app='audit']", "events", "orders", "audit").isEmpty());
        browser.until("notifications' emails queue", d ->
                !browser.rows("#messaging tr[data-app='notifications']", "queue", "emails").isEmpty());

        // Caches, pool, resources.
        browser.until("catalog's product cache with its hits", d ->
                !browser.rows("#caches tr[data-app='catalog']", "products", "memory").isEmpty());
        browser.until("orders' HikariCP pool", d -> !browser.rows("#pool tr[data-app='orders']", "10").isEmpty());
        browser.until("every application's JVM", d -> APPLICATIONS.equals(browser.all("#resources tr[data-app]").stream()
                .map(r -> r.getAttribute("data-app")).collect(Collectors.toSet())));

        browser.screenshot("dashboard-overview", null);
        browser.screenshot("dashboard-traces", browser.driver().findElement(By.id("traces")));
        browser.screenshot("dashboard-messaging", browser.driver().findElement(By.id("messaging")));
        browser.screenshot("dashboard-errors", browser.driver().findElement(By.id("errors")));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aDeadLetterReplayedFromThePageIsHandled() throws IOException, InterruptedException {
        AuditApiClient audit = AuditApiClient.create(shop.audit.uri());
        audit.restore();
        assertEquals(List.of(), audit.audited());
        String id = browser.until("a dead letter with its replay button", d -> browser.all("#messaging tr.dead-letter")
                .stream().findFirst().map(row -> row.getAttribute("data-id")).orElse(null));

        browser.until("the replay of " + id + " answered", d -> {
            List<WebElement> button = browser.all("#messaging tr.dead-letter[data-id='" + id + "'] button.replay");
            if (!button.isEmpty() && !d.findElement(By.id("action")).getText().contains("Replay " + id)) {
                button.getFirst().click();
            }
            return d.findElement(By.id("action")).getText().contains("Replay " + id + ": {\"destination\"");
        });
        assertTrue(browser.driver().findElement(By.id("action")).getText().contains("\"replayed\":1"),
                browser.driver().findElement(By.id("action")).getText());

        // Handled by audit this time: one of the two orders audited, one dead letter left on the page.
        Await.until(() -> "the replayed event audited: " + audit.audited(), Duration.ofSeconds(20),
                () -> audit.audited().size() == 1);
        assertTrue(placed.stream().map(Order::id).toList().contains(audit.audited().getFirst()), audit.audited().toString());
        browser.until("one dead letter left", d -> browser.all("#messaging tr.dead-letter").size() == 1
                && browser.all("#messaging tr.dead-letter[data-id='" + id + "']").isEmpty());
    }

    /**
     * The map drawn from the real {@code GET /kiln/service-map} of the running shop: orders → catalog over HTTP with its
     * live figures, orders → its events topic, orders' tables (the drawing itself is proven against a fixture of the same
     * JSON by {@link ServiceMapDrawingTest}).
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    void theServiceMapShowsTheShopWithLiveFigures() {
        browser.until("orders → catalog drawn with its calls", d -> browser.all("#map svg g.edge[data-from='orders']"
                + "[data-to='catalog']").stream().anyMatch(e -> e.getText().contains("calls")));
        assertFalse(browser.all("#map svg g.edge[data-from='orders'][data-to='events:orders']").isEmpty());
        assertFalse(browser.all("#map svg g.node[data-name='table:orders']").isEmpty());
        browser.screenshot("dashboard-map", browser.driver().findElement(By.id("map")));
    }

    static String get(URI base, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
