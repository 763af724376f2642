package bad;

import jakarta.transaction.Transactional;

public class TransactionalNotInjectable {
    @Transactional // <-- [KilnInterceptedNotInjectable]
    public void place() {}
}
