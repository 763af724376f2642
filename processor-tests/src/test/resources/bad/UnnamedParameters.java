package bad;

import dev.kiln.KilnApplication;
import jakarta.inject.Inject;
import java.util.Optional;
import shop.CatalogApi;
import shop.Product;

/** Serves a CatalogApi whose jar was compiled without -parameters: @PathParam String sku lost its name. */
@KilnApplication
public final class UnnamedParameters {
    private UnnamedParameters() {}

    static final class CatalogService implements CatalogApi { // <-- [KilnParameterNamesMissing]
        @Inject
        CatalogService() {}

        @Override
        public Optional<Product> find(String sku) {
            return Optional.empty();
        }

        @Override
        public void refresh(String sku) {}
    }
}
