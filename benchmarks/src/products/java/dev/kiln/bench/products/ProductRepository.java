package dev.kiln.bench.products;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.Optional;

/** The lookup both routes make; checked against {@code db/migration} at compile time. */
@Repository
interface ProductRepository {
    @Query("SELECT sku, name, price, in_stock FROM products WHERE sku = :sku")
    Optional<Product> find(String sku);
}
