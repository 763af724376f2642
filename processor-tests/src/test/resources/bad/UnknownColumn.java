package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface UnknownColumn {
    // javac reports on the literal's first line; the message says where in the SQL (line 3, column 7).
    @Query("SELECT id, customer\nFROM orders\nWHERE custmer = :customer") // <-- [KilnUnknownColumn]
    List<Long> byCustomer(String customer);
}
