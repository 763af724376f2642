package dev.kiln.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.bench.products.KilnProductsApp;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cache-http.sh compares two routes of the products server; the ratio means something only if both answer the same
 * and exactly one of them is cached. The database is the server's in-memory H2, reached here by its name. No timing.
 */
class ProductsAppSmokeTest {
    private static final String DATABASE = "jdbc:h2:mem:products-smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static KilnHandle products;

    @BeforeAll
    static void start() {
        products = KilnProductsApp.start(KilnConfig.load("--server.port=0", "--kiln.datasource.url=" + DATABASE));
    }

    @AfterAll
    static void stop() {
        if (products != null) {
            products.close();
        }
    }

    @Test
    void bothRoutesAnswerTheSameBytes() throws Exception {
        HttpResponse<String> cached = get("/products/sku-42");
        HttpResponse<String> uncached = get("/products/sku-42/uncached");
        assertEquals(200, cached.statusCode());
        assertEquals("{\"sku\":\"sku-42\",\"name\":\"Cast iron skillet\",\"price\":54.00,\"inStock\":3}", cached.body());
        assertEquals(cached.body(), uncached.body());
        assertEquals(cached.headers().firstValue("Content-Type"), uncached.headers().firstValue("Content-Type"));
    }

    @Test
    void bothRoutesAnswer404ForAnUnknownSku() throws Exception {
        for (String path : new String[] {"/products/sku-0", "/products/sku-0/uncached"}) {
            HttpResponse<String> missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow(), path);
        }
    }

    @Test
    void onlyTheCachedRouteKeepsAnswersTheDatabaseNoLongerHolds() throws Exception {
        assertEquals(200, get("/products/sku-2").statusCode());
        try (Connection connection = DriverManager.getConnection(DATABASE);
             Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE products SET name = 'Renamed' WHERE sku = 'sku-2'"));
        }
        assertEquals("Copper watering can", name(get("/products/sku-2")), "the cached route read the database again");
        assertEquals("Renamed", name(get("/products/sku-2/uncached")), "the uncached route did not read the database");
    }

    private static String name(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceFirst(".*\"name\":\"([^\"]*)\".*", "$1");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + products.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
