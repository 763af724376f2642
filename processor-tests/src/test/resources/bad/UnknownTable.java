package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface UnknownTable {
    @Query("SELECT id FROM ordrs") // <-- [KilnUnknownTable]
    List<Long> ids();
}
