package bad;

import dev.kiln.Repository;
import java.util.List;

@Repository
public interface QueryMissing {
    List<Long> ids(); // <-- [KilnQueryMissing]
}
