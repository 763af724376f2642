package bad;

import dev.kiln.Query;
import dev.kiln.Repository;

@Repository
public interface WithBeforeInsert {
    @Query("WITH recent AS (SELECT id FROM orders) INSERT INTO lines (order_id, sku, quantity) SELECT id, :sku, 1 FROM recent") // <-- [KilnUnsupportedSql]
    int addToRecent(String sku);
}
