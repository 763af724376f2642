package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface AliasAsteriskUnknown {
    record Sku(String sku) {}

    @Query("SELECT ll.*, o.customer FROM orders o JOIN lines l ON l.order_id = o.id") // <-- [KilnUnknownTable]
    List<Sku> skus();
}
