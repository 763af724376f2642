package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface PositionalParameter {
    @Query("SELECT id FROM orders WHERE customer = ?") // <-- [KilnSqlSyntax]
    List<Long> ids(String customer);
}
