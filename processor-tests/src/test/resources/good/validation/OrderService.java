package validation;

import java.util.List;
import java.util.Optional;

/** Serves OrderApi in this compilation, so its router (with the constraint checks) is generated here. */
final class OrderService implements OrderApi {
    @Override
    public Receipt create(NewOrder order, int priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Receipt> search(Optional<String> customer, List<String> tag, String channel) {
        return List.of();
    }

    @Override
    public void replaceLines(long id, List<Line> lines) {}

    @Override
    public Receipt get(long id) {
        throw new UnsupportedOperationException();
    }
}
