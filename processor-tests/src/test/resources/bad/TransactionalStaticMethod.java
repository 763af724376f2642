package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

public class TransactionalStaticMethod {
    @Inject
    TransactionalStaticMethod() {}

    @Transactional // <-- [KilnInterceptedStatic]
    public static void place() {}
}
