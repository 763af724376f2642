package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.runtime.cache.AsGenerated;
import dev.kiln.runtime.cache.CacheSpec;
import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.cache.KilnCache;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.transaction.TransactionHooks;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cache's evictions and puts inside real transactions (H2 and PostgreSQL run the same tests): applied after the
 * commit, never on rollback, invisible to the transaction's own reads, and never letting a value read before a
 * committed change outlive it. The cache's calls are the generated ones ({@link AsGenerated}); "orders" caches
 * {@code find(id)}.
 */
abstract class CachedTransactionsContract {
    private static final RuntimeException ROLLBACK = new IllegalStateException("roll back");
    private Database database;
    private Transactions transactions;
    private TestOrders orders;
    private KilnCache<Long, Optional<OrderRow>> cache;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    abstract Map<String, String> config();

    @BeforeEach
    void start() {
        database = DatabaseContract.started(config(), 4);
        transactions = database.transactions();
        orders = new TestOrders(database);
        cache = Caches.create(KilnConfig.of(Map.of()), Optional.<TransactionHooks>of(transactions))
                .cache(new CacheSpec<Long, Optional<OrderRow>>("orders", null, null, null));
        orders.insert(DatabaseContract.order(1, "ada"));
        orders.insert(DatabaseContract.order(2, "bob"));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        database.stop();
    }

    /** The cached method: {@code @Cached(name = "orders") Optional<OrderRow> find(long id)}. */
    private Optional<OrderRow> find(long id) {
        return AsGenerated.get(cache, id, () -> orders.find(id));
    }

    /** {@code @CacheEvict(name = "orders") void pay(long id)}: the update, then the eviction. */
    private void pay(long id, String customer) {
        AsGenerated.evict(cache, id, () -> orders.setStatus(customer, OrderRow.Status.PAID));
    }

    private static OrderRow.Status status(Optional<OrderRow> row) {
        return row.orElseThrow().status();
    }

    private void inTransaction(TxType type, boolean commit, Runnable body) {
        try {
            Transactional.call(transactions, type, RollbackRules.DEFAULT, () -> {
                body.run();
                if (!commit) {
                    throw ROLLBACK;
                }
                return null;
            });
        } catch (Exception e) {
            assertEquals(ROLLBACK, e);
        }
    }

    @Test
    void aRollbackEvictsNothing() {
        assertEquals(OrderRow.Status.PLACED, status(find(1)));
        inTransaction(TxType.REQUIRED, false, () -> pay(1, "ada"));
        assertEquals(OrderRow.Status.PLACED, status(cache.getIfPresent(1L)), "still cached");
        assertEquals(OrderRow.Status.PLACED, status(orders.find(1)), "and still true");
    }

    @Test
    void aCommitEvictsAfterItsCommitOnly() {
        assertEquals(OrderRow.Status.PLACED, status(find(1)));
        inTransaction(TxType.REQUIRED, true, () -> {
            pay(1, "ada");
            Future<Optional<OrderRow>> other = threads.submit(() -> cache.getIfPresent(1L));
            assertEquals(OrderRow.Status.PLACED, status(get(other)), "others see the committed value until the commit");
        });
        assertNull(cache.getIfPresent(1L), "evicted by the commit");
        assertEquals(OrderRow.Status.PAID, status(find(1)));
    }

    @Test
    void aReadInTheTransactionAfterItsEvictionBypassesTheCacheAndKeepsNothing() {
        assertEquals(OrderRow.Status.PLACED, status(find(1)));
        inTransaction(TxType.REQUIRED, false, () -> {
            pay(1, "ada");
            assertNull(cache.getIfPresent(1L), "the transaction must not read the value it replaces");
            assertEquals(OrderRow.Status.PAID, status(find(1)), "it reads what it wrote");
            assertEquals(OrderRow.Status.PLACED, status(find(2)), "other keys are read and cached as usual");
        });
        assertEquals(OrderRow.Status.PLACED, status(cache.getIfPresent(1L)),
                "the uncommitted PAID never reached the cache; the rollback evicted nothing");
        assertEquals(OrderRow.Status.PLACED, status(cache.getIfPresent(2L)));
    }

    @Test
    void aPutIsDeferredToTheCommitThenApplied() {
        assertEquals(OrderRow.Status.PLACED, status(find(1)));
        inTransaction(TxType.REQUIRED, true, () -> {
            AsGenerated.put(cache, 1L, () -> {
                orders.setStatus("ada", OrderRow.Status.PAID);
                return orders.find(1);
            });
            assertNull(cache.getIfPresent(1L), "the transaction does not read around its own put");
            assertEquals(OrderRow.Status.PLACED, status(get(threads.submit(() -> cache.getIfPresent(1L)))),
                    "others see the committed value until the commit");
        });
        assertEquals(OrderRow.Status.PAID, status(cache.getIfPresent(1L)), "put by the commit");

        inTransaction(TxType.REQUIRED, false, () -> AsGenerated.put(cache, 1L, () -> {
            orders.setStatus("ada", OrderRow.Status.CANCELLED);
            return orders.find(1);
        }));
        assertEquals(OrderRow.Status.PAID, status(cache.getIfPresent(1L)), "a rolled back put is never applied");
    }

    @Test
    void aLoadThatReadBeforeACommittedEvictionKeepsNothing() {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        Future<Optional<OrderRow>> load = threads.submit(() -> AsGenerated.cached(cache, 1L, () -> {
            Optional<OrderRow> row = orders.find(1);
            read.countDown();
            committed.await();
            return row;
        }));
        await(read);
        inTransaction(TxType.REQUIRED, true, () -> pay(1, "ada"));
        committed.countDown();
        assertEquals(OrderRow.Status.PLACED, status(get(load)), "the load's caller gets what it read");
        assertNull(cache.getIfPresent(1L), "but the PLACED it read before the commit is not cached");
        assertEquals(OrderRow.Status.PAID, status(find(1)));
    }

    @Test
    void aDeferredPutOvertakenByAnotherCommittedEvictionEvictsInstead() {
        assertEquals(OrderRow.Status.PLACED, status(find(1)));
        CountDownLatch computed = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        Future<?> slow = threads.submit(() -> inTransaction(TxType.REQUIRED, true, () -> {
            AsGenerated.put(cache, 1L, () -> orders.find(1).map(r -> withNote(r, "computed from PLACED")));
            computed.countDown();
            await(otherCommitted);
        }));
        await(computed);
        inTransaction(TxType.REQUIRED, true, () -> pay(1, "ada"));
        otherCommitted.countDown();
        get(slow);
        assertNull(cache.getIfPresent(1L), "the put computed before the other commit became an eviction");
    }

    @Test
    void aRequiresNewTransactionKeepsItsOwnChanges() {
        find(1);
        find(2);
        inTransaction(TxType.REQUIRED, false, () -> {
            pay(1, "ada");
            inTransaction(TxType.REQUIRES_NEW, true, () -> {
                assertEquals(OrderRow.Status.PLACED, status(cache.getIfPresent(1L)),
                        "the outer transaction's eviction is not the inner one's");
                pay(2, "bob");
            });
            assertNull(cache.getIfPresent(2L), "the inner commit evicted its key at once");
            assertNull(cache.getIfPresent(1L), "the outer eviction still hides its key from the outer transaction");
        });
        assertEquals(OrderRow.Status.PLACED, status(cache.getIfPresent(1L)), "the outer rollback evicted nothing");
        assertNull(cache.getIfPresent(2L), "the inner commit stands");
    }

    private static OrderRow withNote(OrderRow row, String note) {
        return new OrderRow(row.id(), row.customer(), row.total(), row.status(), row.paid(), row.reference(), note,
                row.createdAt());
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
