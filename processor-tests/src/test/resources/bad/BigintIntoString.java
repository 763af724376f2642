package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface BigintIntoString {
    record Customer(String id, String customer) {}

    @Query("SELECT id, customer FROM orders") // <-- [KilnColumnTypeMismatch]
    List<Customer> customers();
}
