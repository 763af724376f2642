package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface UnusedParameter {
    @Query("SELECT id FROM orders WHERE customer = :customer") // <-- [KilnUnusedParameter]
    List<Long> ids(String customer, int limit);
}
