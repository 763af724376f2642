package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

public class TransactionalFinalMethod {
    @Inject
    TransactionalFinalMethod() {}

    @Transactional // <-- [KilnInterceptedFinal]
    public final void place() {}
}
