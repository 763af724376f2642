package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface AliasAsteriskThenUnknownColumn {
    record Sku(long id, long orderId, String sku, int quantity, java.math.BigDecimal price, String customer) {}

    // o.* is spelt out before jOOQ parses again: the misspelt column is still reported where it is written.
    @Query("SELECT l.*, o.customer\nFROM orders o JOIN lines l ON l.order_id = o.id\nWHERE l.skew = :sku") // <-- [KilnUnknownColumn]
    List<Sku> bySku(String sku);
}
