package transactions;

import dev.kiln.runtime.data.RollbackRules;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.data.Transactions;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import javax.annotation.processing.Generated;

/**
 * Runs the intercepted methods of {@link Accounts}; bound in the graph in its place.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class AccountsIntercepted extends Accounts {
    private final Transactions transactions;

    @Inject
    AccountsIntercepted(Transactions transactions) {
        super();
        this.transactions = transactions;
    }

    @Override
    public void open(String name) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.REQUIRED);
        try {
            super.open(name);
            transaction.commit();
        } catch (Throwable error) {
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }

    @Override
    public boolean exists(String name) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.NEVER);
        try {
            boolean result = super.exists(name);
            transaction.commit();
            return result;
        } catch (Throwable error) {
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }
}
