package consumer;

import catalog.Product;
import jakarta.inject.Inject;
import java.util.List;

final class ShelfService implements ShelfApi {
    @Inject
    ShelfService() {}

    @Override
    public List<Product> products() {
        return List.of();
    }
}
