package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@Repository
public interface OptionalComponentUnsupported {
    record Aged(long id, Optional<Duration> age) {}

    @Query("SELECT id, created_at AS age FROM orders") // <-- [KilnUnsupportedType]
    List<Aged> aged();
}
