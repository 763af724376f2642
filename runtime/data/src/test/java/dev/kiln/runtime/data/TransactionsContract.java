package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Propagation × outcome, suspension, rollback-only and thread binding, against a real database. */
abstract class TransactionsContract {
    /** A checked exception, which commits unless rollbackOn names it. */
    static final class Refused extends Exception {
        Refused() {
            super("refused");
        }
    }

    /** How a method ends. */
    enum Outcome {
        RETURNS, THROWS_UNCHECKED, THROWS_CHECKED, THROWS_CHECKED_IN_ROLLBACK_ON, THROWS_UNCHECKED_IN_DONT_ROLLBACK_ON;

        RollbackRules rules() {
            return switch (this) {
                case THROWS_CHECKED_IN_ROLLBACK_ON -> new RollbackRules(List.of(Refused.class), List.of());
                case THROWS_UNCHECKED_IN_DONT_ROLLBACK_ON ->
                        new RollbackRules(List.of(), List.of(IllegalArgumentException.class));
                default -> RollbackRules.DEFAULT;
            };
        }

        boolean rollsBack() {
            return this == THROWS_UNCHECKED || this == THROWS_CHECKED_IN_ROLLBACK_ON;
        }

        void end() throws Exception {
            switch (this) {
                case RETURNS -> { }
                case THROWS_UNCHECKED -> throw new IllegalStateException("failed");
                case THROWS_UNCHECKED_IN_DONT_ROLLBACK_ON -> throw new IllegalArgumentException("failed, kept");
                case THROWS_CHECKED, THROWS_CHECKED_IN_ROLLBACK_ON -> throw new Refused();
            }
        }
    }

    Database database;
    Transactions transactions;
    TestOrders orders;
    private final AtomicLong ids = new AtomicLong();

    abstract Map<String, String> config();

    @BeforeEach
    void start() {
        database = DatabaseContract.started(config(), 8);
        transactions = database.transactions();
        orders = new TestOrders(database);
    }

    @AfterEach
    void stop() {
        assertFalse(transactions.active(), "every test leaves the thread without a transaction");
        assertEquals(0, database.connections().figures()[0], "every connection went back to the pool");
        database.stop();
    }

    long insert(String customer) {
        long id = ids.incrementAndGet();
        orders.insert(DatabaseContract.order(id, customer));
        return id;
    }

    /** Rows as another connection sees them (committed only). */
    long committed(String customer) {
        return orders.byCustomer(customer).size();
    }

    static List<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (TxType type : TxType.values()) {
            for (Outcome outcome : Outcome.values()) {
                cases.add(Arguments.of(type, outcome));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} without a transaction, {1}")
    @MethodSource("matrix")
    void withoutATransaction(TxType type, Outcome outcome) throws Exception {
        if (type == TxType.MANDATORY) {
            TransactionalException e = assertThrows(TransactionalException.class,
                    () -> Transactional.call(transactions, type, outcome.rules(), () -> insert("inner")));
            assertInstanceOf(TransactionRequiredException.class, e.getCause());
            assertEquals(0, committed("inner"), "the method did not run");
            return;
        }
        boolean starts = type == TxType.REQUIRED || type == TxType.REQUIRES_NEW;
        try {
            Transactional.call(transactions, type, outcome.rules(), () -> {
                assertEquals(starts, transactions.active());
                insert("inner");
                outcome.end();
                return null;
            });
        } catch (Refused | RuntimeException e) {
            assertTrue(outcome != Outcome.RETURNS, "only a throwing method throws: " + e);
        }
        long expected = starts && outcome.rollsBack() ? 0 : 1; // without a transaction every statement commits
        assertEquals(expected, committed("inner"));
    }

    @ParameterizedTest(name = "{0} inside a transaction, {1}")
    @MethodSource("matrix")
    void insideATransaction(TxType type, Outcome outcome) throws Exception {
        Connection[] seen = new Connection[2];
        Exception[] outerCommit = new Exception[1];
        try {
            Transactional.call(transactions, TxType.REQUIRED, RollbackRules.DEFAULT, () -> {
                seen[0] = transactions.connection();
                insert("outer");
                try {
                    Transactional.call(transactions, type, outcome.rules(), () -> {
                        seen[1] = transactions.connection();
                        insert("inner");
                        outcome.end();
                        return null;
                    });
                } catch (Refused | RuntimeException e) {
                    // The outer method catches what the inner threw, and returns normally.
                    if (type == TxType.NEVER) {
                        assertInstanceOf(InvalidTransactionException.class, e.getCause());
                    }
                }
                assertSame(seen[0], transactions.connection(), "the outer transaction is resumed");
                return null;
            });
        } catch (TransactionalException e) {
            outerCommit[0] = e;
        }
        switch (type) {
            case REQUIRED, MANDATORY, SUPPORTS -> {
                assertSame(seen[0], seen[1], "joined: one connection");
                if (outcome.rollsBack()) {
                    assertNotNull(outerCommit[0], "the outer commit threw");
                    assertInstanceOf(RollbackException.class, outerCommit[0].getCause(),
                            "the outer commit found the transaction rollback-only");
                    assertEquals(0, committed("outer") + committed("inner"), "all of it rolled back");
                } else {
                    assertEquals(null, outerCommit[0]);
                    assertEquals(1, committed("outer"));
                    assertEquals(1, committed("inner"));
                }
            }
            case REQUIRES_NEW, NOT_SUPPORTED -> {
                assertNotSame(seen[0], seen[1], "suspended: another connection, or none");
                assertEquals(null, outerCommit[0]);
                assertEquals(1, committed("outer"));
                boolean innerRollsBack = type == TxType.REQUIRES_NEW && outcome.rollsBack();
                assertEquals(innerRollsBack ? 0 : 1, committed("inner"));
            }
            case NEVER -> {
                assertEquals(null, seen[1], "the method did not run");
                assertEquals(1, committed("outer"));
                assertEquals(0, committed("inner"));
            }
        }
    }

    @Test
    void requiresNewSuspendsTheOuterTransactionAndResumesIt() throws Exception {
        assertThrows(IllegalStateException.class, () -> Transactional.call(transactions, TxType.REQUIRED,
                RollbackRules.DEFAULT, () -> {
                    Connection outer = transactions.connection();
                    insert("outer");
                    assertEquals(1, committed("outer"), "the outer transaction sees its own row");
                    Transactional.call(transactions, TxType.REQUIRES_NEW, RollbackRules.DEFAULT, () -> {
                        assertNotSame(outer, transactions.connection());
                        assertEquals(0, committed("outer"), "the new transaction does not see the suspended one's row");
                        insert("inner");
                        return null;
                    });
                    assertSame(outer, transactions.connection());
                    assertEquals(1, committed("inner"), "committed already, visible to the outer transaction");
                    throw new IllegalStateException("the outer method fails");
                }));
        assertEquals(0, committed("outer"));
        assertEquals(1, committed("inner"), "the inner transaction's commit stands");
    }

    @Test
    void aJoinedFailureMakesTheWholeTransactionRollbackOnly() {
        TransactionalException e = assertThrows(TransactionalException.class, () -> Transactional.call(transactions,
                TxType.REQUIRED, RollbackRules.DEFAULT, () -> {
                    insert("outer");
                    try {
                        Transactional.call(transactions, TxType.REQUIRED, RollbackRules.DEFAULT, () -> {
                            throw new IllegalStateException("inner failure");
                        });
                    } catch (IllegalStateException swallowed) {
                        // The outer method carries on, as if nothing happened.
                    }
                    insert("outer");
                    return null;
                }));
        assertTrue(e.getMessage().contains("rollback-only"), e.getMessage());
        assertInstanceOf(RollbackException.class, e.getCause());
        assertEquals(0, committed("outer"));
    }

    @Test
    void setRollbackOnlyRollsBackAndAfterCommitRunsOnlyOnCommit() throws Exception {
        List<String> ran = new ArrayList<>();
        assertThrows(IllegalStateException.class, transactions::setRollbackOnly);
        transactions.afterCommit(() -> ran.add("outside: at once"));
        assertThrows(TransactionalException.class, () -> Transactional.call(transactions, TxType.REQUIRED,
                RollbackRules.DEFAULT, () -> {
                    transactions.afterCommit(() -> ran.add("rolled back"));
                    insert("a");
                    transactions.setRollbackOnly();
                    return null;
                }));
        Transactional.call(transactions, TxType.REQUIRED, RollbackRules.DEFAULT, () -> {
            transactions.afterCommit(() -> ran.add("committed: " + committed("b")));
            insert("b");
            return null;
        });
        assertEquals(List.of("outside: at once", "committed: 1"), ran);
        assertEquals(0, committed("a"));
    }

    @Test
    void aCheckedFailureOfARollbackOnlyTransactionRollsBackAndSaysSo() {
        Refused e = assertThrows(Refused.class, () -> Transactional.call(transactions, TxType.REQUIRED,
                RollbackRules.DEFAULT, () -> {
                    insert("a");
                    transactions.setRollbackOnly();
                    throw new Refused();
                }));
        assertInstanceOf(RollbackException.class, e.getSuppressed()[0]);
        assertEquals(0, committed("a"));
    }

    @Test
    void anEntryClosedWithoutCommitOrFailRollsBack() {
        Transaction transaction = transactions.begin(TxType.REQUIRED);
        insert("a");
        transaction.close();
        transaction.close(); // twice is harmless
        assertFalse(transactions.active());
        assertEquals(0, committed("a"));
    }
}
