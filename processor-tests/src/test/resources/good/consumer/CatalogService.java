package consumer;

import catalog.CatalogApi;
import catalog.PricingApi;
import catalog.Product;
import jakarta.inject.Inject;
import java.util.Optional;

/** Serves the jar's CatalogApi, and calls the jar's PricingApi. */
final class CatalogService implements CatalogApi {
    private final PricingApi pricing;

    @Inject
    CatalogService(PricingApi pricing) {
        this.pricing = pricing;
    }

    @Override
    public Optional<Product> find(String sku) {
        return pricing.priceOf(sku) > 0 ? Optional.of(new Product(sku, sku)) : Optional.empty();
    }
}
