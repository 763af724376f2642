package bad;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

public class TransactionalRuntimeMissing {
    @Inject
    TransactionalRuntimeMissing() {}

    @Transactional // <-- [KilnDataRuntimeMissing]
    public void place() {}
}
