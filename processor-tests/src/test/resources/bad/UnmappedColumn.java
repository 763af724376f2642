package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface UnmappedColumn {
    record Customer(long id, String customer) {}

    @Query("SELECT id, customer, note FROM orders") // <-- [KilnUnmappedColumn]
    List<Customer> customers();
}
