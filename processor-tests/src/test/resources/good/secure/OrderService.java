package secure;

import dev.kiln.runtime.security.Principal;
import jakarta.inject.Inject;
import java.util.List;

final class OrderService implements OrderApi {
    @Inject
    OrderService() {}

    @Override
    public Order get(long id) {
        return new Order(id, "ada");
    }

    @Override
    public Order create(Principal principal, NewOrder order) {
        return new Order(1, principal.name());
    }

    @Override
    public void cancel(long id) {}

    @Override
    public String health() {
        return "ok";
    }

    @Override
    public List<Order> mine(Principal caller) {
        return List.of(new Order(1, caller.name()));
    }
}
