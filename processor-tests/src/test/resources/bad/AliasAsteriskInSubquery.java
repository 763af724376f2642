package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface AliasAsteriskInSubquery {
    @Query("SELECT id FROM (SELECT o.*, l.sku FROM orders o JOIN lines l ON l.order_id = o.id) x") // <-- [KilnUnsupportedSql]
    List<Long> ids();
}
