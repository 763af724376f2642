package bad;

import dev.kiln.Query;
import dev.kiln.Repository;

@Repository
public interface RowsIntoInt {
    @Query("SELECT id, customer FROM orders WHERE id = :id") // <-- [KilnResultMismatch]
    int find(long id);
}
