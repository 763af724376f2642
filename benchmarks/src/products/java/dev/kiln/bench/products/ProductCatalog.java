package dev.kiln.bench.products;

import dev.kiln.Cached;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The cached lookup: Kiln's generated {@code ProductCatalogIntercepted} runs the query on a miss only. */
@Singleton
class ProductCatalog {
    private final ProductRepository repository;

    @Inject
    ProductCatalog(ProductRepository repository) {
        this.repository = repository;
    }

    @Cached(name = "products", ttl = "10m")
    public Optional<Product> find(String sku) {
        return repository.find(sku);
    }
}
