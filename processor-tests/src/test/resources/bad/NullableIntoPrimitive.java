package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface NullableIntoPrimitive {
    record Rated(long id, int rating) {}

    @Query("SELECT id, rating FROM orders") // <-- [KilnNullableIntoPrimitive]
    List<Rated> rated();
}
