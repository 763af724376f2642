package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface GenericQueryMethod {
    @Query("SELECT id FROM orders") // <-- [KilnInvalidRepositoryMethod]
    <T> List<T> ids();
}
