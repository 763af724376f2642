package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;
import java.util.Optional;

@Repository
public interface OptionalComponentTypeMismatch {
    record Named(long id, Optional<Integer> customer) {}

    @Query("SELECT id, customer FROM orders") // <-- [KilnColumnTypeMismatch]
    List<Named> named();
}
