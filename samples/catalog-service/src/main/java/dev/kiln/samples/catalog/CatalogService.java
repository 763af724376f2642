package dev.kiln.samples.catalog;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.security.Principal;
import dev.kiln.samples.shop.api.CatalogApi;
import dev.kiln.samples.shop.api.Category;
import dev.kiln.samples.shop.api.Product;
import dev.kiln.samples.shop.api.Reservation;
import dev.kiln.samples.shop.api.ReservationRequest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A catalog seeded with a few products, kept in the {@link ProductStore}; stock changes atomically per product. */
@Singleton
final class CatalogService implements CatalogApi {
    private static final System.Logger LOGGER = System.getLogger(CatalogService.class.getName());
    private final ProductStore products;

    @Inject
    CatalogService(ProductStore products) {
        this.products = products;
        products.add(new Product("BK-001", "The Pragmatic Kiln", Category.BOOKS, new BigDecimal("39.90"), 12));
        products.add(new Product("GD-104", "Copper watering can", Category.GARDEN, new BigDecimal("24.50"), 5));
        products.add(new Product("KT-230", "Cast iron skillet", Category.KITCHEN, new BigDecimal("54.00"), 3));
    }

    /** A cached lookup: the store is read only on a miss ({@code GET /kiln/caches} shows the hits). */
    @Override
    public Optional<Product> find(String sku) {
        return products.find(sku);
    }

    @Override
    public List<Product> list(Optional<Category> category) {
        return products.all().stream()
                .filter(p -> category.map(c -> c == p.category()).orElse(true))
                .sorted(Comparator.comparing(Product::sku))
                .toList();
    }

    @Override
    public Reservation reserve(String sku, ReservationRequest request) {
        if (request.quantity() < 1) {
            throw HttpException.badRequest("quantity must be at least 1, was " + request.quantity());
        }
        Product[] reserved = new Product[1];
        Product updated = products.update(sku, product -> {
            if (product.inStock() < request.quantity()) {
                return product;
            }
            reserved[0] = new Product(sku, product.name(), product.category(), product.price(),
                    product.inStock() - request.quantity());
            return reserved[0];
        });
        if (updated == null) {
            throw HttpException.notFound("No product with SKU " + sku);
        }
        if (reserved[0] == null) {
            throw HttpException.conflict("Only " + updated.inStock() + " of " + sku + " left, "
                    + request.quantity() + " requested");
        }
        return new Reservation(sku, updated.name(), request.quantity(), updated.price(), updated.inStock());
    }

    @Override
    public Product restock(String sku, int units, Principal keeper) {
        if (units < 1) {
            throw HttpException.badRequest("units must be at least 1, was " + units);
        }
        Product updated = products.update(sku, product -> new Product(sku, product.name(),
                product.category(), product.price(), product.inStock() + units));
        if (updated == null) {
            throw HttpException.notFound("No product with SKU " + sku);
        }
        LOGGER.log(System.Logger.Level.INFO, () -> keeper.name() + " restocked " + units + " of " + sku);
        return updated;
    }
}
