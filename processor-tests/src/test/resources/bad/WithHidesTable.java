package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface WithHidesTable {
    @Query("WITH orders AS (SELECT id FROM lines) SELECT id FROM orders") // <-- [KilnUnsupportedSql]
    List<Long> ids();
}
