package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@Transactional // <-- [KilnInterceptedGeneric]
public class TransactionalGeneric<T> {
    @Inject
    TransactionalGeneric() {}

    public void place(T item) {}
}
