package transactions;

import dev.kiln.runtime.data.RollbackRules;
import dev.kiln.runtime.data.Transaction;
import dev.kiln.runtime.data.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Runs the intercepted methods of {@link Ledger}; bound in the graph in its place.
 */
@Generated("dev.kiln.processor.KilnProcessor")
@Singleton
public final class LedgerIntercepted extends Ledger {
    private static final RollbackRules EXPORT_ROLLBACK = new RollbackRules(List.of(IOException.class), List.of(IllegalStateException.class));

    private final Transactions transactions;

    @Inject
    LedgerIntercepted(Transactions transactions, @Named("currency") String currency) {
        super(currency);
        this.transactions = transactions;
    }

    @Override
    public long post(String account, long cents) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.REQUIRED);
        try {
            long result = super.post(account, cents);
            transaction.commit();
            return result;
        } catch (Throwable error) {
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }

    @Override
    public void audit(String transaction, String result) {
        Transaction transaction_ = this.transactions.begin(Transactional.TxType.REQUIRES_NEW);
        try {
            super.audit(transaction, result);
            transaction_.commit();
        } catch (Throwable error) {
            transaction_.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction_.close();
        }
    }

    @Override
    public String export(String error) throws IOException {
        Transaction transaction = this.transactions.begin(Transactional.TxType.REQUIRED);
        try {
            String result = super.export(error);
            transaction.commit();
            return result;
        } catch (Throwable error_) {
            transaction.fail(error_, EXPORT_ROLLBACK);
            throw error_;
        } finally {
            transaction.close();
        }
    }

    @Override
    protected <T extends Comparable<T>> List<T> sorted(List<T> items) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.MANDATORY);
        try {
            List<T> result = super.sorted(items);
            transaction.commit();
            return result;
        } catch (Throwable error) {
            transaction.fail(error, RollbackRules.DEFAULT);
            throw error;
        } finally {
            transaction.close();
        }
    }

    @Override
    int count(String... accounts) {
        Transaction transaction = this.transactions.begin(Transactional.TxType.SUPPORTS);
        try {
            int result = super.count(accounts);
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
