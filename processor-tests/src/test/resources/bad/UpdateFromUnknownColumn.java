package bad;

import dev.kiln.Query;
import dev.kiln.Repository;

@Repository
public interface UpdateFromUnknownColumn {
    @Query("UPDATE orders SET note = l.skew FROM lines l WHERE l.order_id = orders.id") // <-- [KilnUnknownColumn]
    int noteFirstSku();
}
