package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface WithDataModifying {
    @Query("WITH gone AS (DELETE FROM orders WHERE id = :id RETURNING id) SELECT id FROM gone") // <-- [KilnUnsupportedSql]
    List<Long> remove(long id);
}
