package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.time.OffsetDateTime;
import java.util.List;

@Repository
public interface MissingColumn {
    record Placed(long id, OffsetDateTime createdAt) {}

    @Query("SELECT id FROM orders") // <-- [KilnMissingColumn]
    List<Placed> placed();
}
