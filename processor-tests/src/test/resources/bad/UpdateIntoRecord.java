package bad;

import dev.kiln.Query;
import dev.kiln.Repository;

@Repository
public interface UpdateIntoRecord {
    record Order(long id, String status) {}

    @Query("UPDATE orders SET status = :status WHERE id = :id") // <-- [KilnResultMismatch]
    Order setStatus(long id, String status);
}
