package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@Transactional
public class TransactionalFinalUnderClass {
    @Inject
    TransactionalFinalUnderClass() {}

    public void place() {}

    public final void cancel() {} // <-- [KilnInterceptedFinal]
}
