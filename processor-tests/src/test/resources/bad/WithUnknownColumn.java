package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface WithUnknownColumn {
    // A WITH query's table has the columns it selects, and only those.
    @Query("WITH big AS (SELECT id FROM orders WHERE total > :min)\nSELECT id, total FROM big") // <-- [KilnUnknownColumn]
    List<Long> ids(java.math.BigDecimal min);
}
