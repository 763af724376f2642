package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface UnknownQueryParameter {
    @Query("SELECT id FROM orders WHERE customer = :customer") // <-- [KilnUnknownQueryParameter]
    List<Long> ids();
}
