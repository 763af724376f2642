package bad;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

@Repository
public interface AmbiguousColumn {
    record Both(long id, String customer, String sku) {}

    @Query("SELECT o.id, o.customer, l.id, l.sku FROM orders o JOIN lines l ON l.order_id = o.id") // <-- [KilnAmbiguousColumn]
    List<Both> both();
}
