package transactions;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;

/** Every shape of intercepted method the subclass must override faithfully. */
@Singleton
public class Ledger {
    private final String currency;

    @Inject
    Ledger(@Named("currency") String currency) {
        this.currency = currency;
    }

    @Transactional
    public long post(String account, long cents) {
        return cents;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(String transaction, String result) {}

    @Transactional(rollbackOn = IOException.class, dontRollbackOn = IllegalStateException.class)
    public String export(String error) throws IOException {
        return currency + error;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    protected <T extends Comparable<T>> List<T> sorted(List<T> items) {
        return items.stream().sorted().toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    int count(String... accounts) {
        return accounts.length;
    }

    public String currency() {
        return currency;
    }

    private void helper() {}
}
