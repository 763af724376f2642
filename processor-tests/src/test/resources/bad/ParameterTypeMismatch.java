package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface ParameterTypeMismatch {
    @Query("SELECT id FROM orders WHERE customer = :customer") // <-- [KilnParameterTypeMismatch]
    List<Long> ids(long customer);
}
