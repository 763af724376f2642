package transactions;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Class-level: every non-private instance method; a method's own annotation wins. */
@Transactional(Transactional.TxType.REQUIRED)
public class Accounts {
    @Inject
    public Accounts() {}

    public void open(String name) {}

    @Transactional(Transactional.TxType.NEVER)
    public boolean exists(String name) {
        return false;
    }

    static Accounts create() {
        return new Accounts();
    }

    private void check() {}
}
