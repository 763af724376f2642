package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface AliasAsteriskOfSubquery {
    record Total(long k, long id) {}

    @Query("SELECT x.*, o.id FROM (SELECT id AS k FROM orders) x JOIN orders o ON o.id = x.k") // <-- [KilnUnsupportedSql]
    List<Total> totals();
}
