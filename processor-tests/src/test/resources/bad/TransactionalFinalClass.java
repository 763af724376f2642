package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

public final class TransactionalFinalClass {
    @Inject
    TransactionalFinalClass() {}

    @Transactional // <-- [KilnInterceptedFinal]
    public void place() {}
}
