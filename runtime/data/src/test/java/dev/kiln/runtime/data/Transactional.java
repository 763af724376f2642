package dev.kiln.runtime.data;

import jakarta.transaction.Transactional.TxType;

/** What a generated transactional subclass does around {@code super.method()}, written once for the tests. */
final class Transactional {
    /** A method body. */
    interface Body<T> {
        T run() throws Exception;
    }

    private Transactional() {}

    static <T> T call(Transactions transactions, TxType type, RollbackRules rules, Body<T> body) throws Exception {
        Transaction transaction = transactions.begin(type);
        try {
            T result = body.run();
            transaction.commit();
            return result;
        } catch (Throwable error) {
            transaction.fail(error, rules);
            throw error;
        } finally {
            transaction.close();
        }
    }
}
