package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

public class TransactionalInnerClass {
    public class Orders {
        @Inject
        Orders() {}

        @Transactional // <-- [KilnInterceptedNotAccessible]
        public void place() {}
    }
}
