package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface AliasAsteriskInUnion {
    record Sku(long id, String sku) {}

    @Query("SELECT l.id, l.sku FROM lines l UNION SELECT l.*, o.customer FROM orders o JOIN lines l ON l.order_id = o.id") // <-- [KilnUnsupportedSql]
    List<Sku> skus();
}
