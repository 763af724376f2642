package dev.kiln.samples.shop.client;

import dev.kiln.samples.shop.api.CatalogApi;
import dev.kiln.samples.shop.api.CatalogApiClient;
import dev.kiln.samples.shop.api.Product;
import java.net.URI;
import java.util.Optional;

/**
 * A caller that only calls: prints the catalog's stock through the typed client from shop-api's jar.
 *
 * <pre>{@code
 * java -cp ... dev.kiln.samples.shop.client.StockReport http://localhost:8081
 * }</pre>
 */
public final class StockReport {
    private StockReport() {}

    public static void main(String[] args) {
        URI catalog = URI.create(args.length > 0 ? args[0] : "http://localhost:8081");
        System.out.print(of(CatalogApiClient.create(catalog)));
    }

    /** One line per product: SKU, units in stock, name. */
    public static String of(CatalogApi catalog) {
        StringBuilder report = new StringBuilder();
        for (Product product : catalog.list(Optional.empty())) {
            report.append(String.format("%-8s %4d  %s%n", product.sku(), product.inStock(), product.name()));
        }
        return report.toString();
    }
}
