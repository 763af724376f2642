package dev.kiln.bench.products;

import dev.kiln.runtime.http.HttpException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Both routes make the same lookup and answer the same way; only the cache in front of one differs. */
@Singleton
final class ProductsService implements ProductsApi {
    private final ProductCatalog catalog;
    private final ProductRepository repository;

    @Inject
    ProductsService(ProductCatalog catalog, ProductRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    @Override
    public Product product(String sku) {
        return found(sku, catalog.find(sku));
    }

    @Override
    public Product productUncached(String sku) {
        return found(sku, repository.find(sku));
    }

    private static Product found(String sku, Optional<Product> product) {
        return product.orElseThrow(() -> HttpException.notFound("No product with SKU " + sku));
    }
}
