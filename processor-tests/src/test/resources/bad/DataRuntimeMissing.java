package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository // <-- [KilnDataRuntimeMissing]
public interface DataRuntimeMissing {
    @Query("SELECT id FROM orders")
    List<Long> ids();
}
