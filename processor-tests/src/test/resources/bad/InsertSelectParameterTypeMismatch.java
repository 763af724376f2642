package bad;

import dev.kiln.Query;
import dev.kiln.Repository;

@Repository
public interface InsertSelectParameterTypeMismatch {
    // Each selected value is stored into its column: :sku into lines.sku.
    @Query("INSERT INTO lines (order_id, sku, quantity) SELECT id, :sku, 1 FROM orders WHERE customer = :customer") // <-- [KilnParameterTypeMismatch]
    int addToEvery(long sku, String customer);
}
