package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface WithColumnCount {
    @Query("WITH big (a, b, c) AS (SELECT id, total FROM orders) SELECT a FROM big") // <-- [KilnSqlSyntax]
    List<Long> ids();
}
