package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.Optional;

@Repository
public interface TextIntoInt {
    @Query("SELECT customer FROM orders WHERE id = :id") // <-- [KilnColumnTypeMismatch]
    Optional<Integer> customer(long id);
}
