package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.time.Duration;
import java.util.List;

@Repository
public interface RepositoryParameterUnsupported {
    @Query("SELECT id FROM orders WHERE created_at > now() - :age")
    List<Long> recent(Duration age); // <-- [KilnUnsupportedType]
}
