package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface SqlSyntaxError {
    @Query("SELECT id FROM orders WHERE") // <-- [KilnSqlSyntax]
    List<Long> ids();
}
