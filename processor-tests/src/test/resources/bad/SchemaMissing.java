package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository // <-- [KilnSchemaMissing]
public interface SchemaMissing {
    @Query("SELECT id FROM orders")
    List<Long> ids();
}
