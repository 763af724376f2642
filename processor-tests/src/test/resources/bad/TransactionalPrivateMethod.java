package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

public class TransactionalPrivateMethod {
    @Inject
    TransactionalPrivateMethod() {}

    @Transactional // <-- [KilnInterceptedPrivate]
    private void place() {}
}
