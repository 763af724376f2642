package dev.kiln.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrent requests, each on its virtual thread, never share a transaction (PostgreSQL, so isolation is real). */
class ThreadBindingTest {
    private static final int REQUESTS = 6;

    @Test
    void concurrentVirtualThreadsEachHaveTheirOwnTransaction() throws Exception {
        Database database = Database.create(KilnConfig.of(Map.of(DataSettings.URL, TestPostgres.newDatabase(),
                DataSettings.MAXIMUM_SIZE, String.valueOf(REQUESTS + 1))));
        database.start();
        TestOrders orders = new TestOrders(database);
        Transactions transactions = database.transactions();
        Set<Connection> connections = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        CyclicBarrier allInside = new CyclicBarrier(REQUESTS + 1);
        CountDownLatch checked = new CountDownLatch(1);
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> seen = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                long id = i + 1;
                seen.add(requests.submit(() -> {
                    try {
                        return Transactional.call(transactions, TxType.REQUIRED, RollbackRules.DEFAULT, () -> {
                            connections.add(transactions.connection());
                            orders.insert(DatabaseContract.order(id, "request"));
                            long visible = orders.count();
                            allInside.await(10, TimeUnit.SECONDS); // every request is inside its transaction now
                            assertTrue(checked.await(10, TimeUnit.SECONDS));
                            if (id % 2 == 0) {
                                throw new IllegalStateException("even requests fail");
                            }
                            return visible;
                        });
                    } catch (IllegalStateException e) {
                        return -1L;
                    }
                }));
            }
            allInside.await(10, TimeUnit.SECONDS);
            assertFalse(transactions.active(), "the test's thread sees none of their transactions");
            assertEquals(0, orders.count(), "nothing is committed while they are all open");
            checked.countDown();
            for (int i = 0; i < REQUESTS; i++) {
                long visible = seen.get(i).get(10, TimeUnit.SECONDS);
                assertEquals(i % 2 == 0 ? 1 : -1, visible, "each saw only its own row");
            }
        }
        assertEquals(REQUESTS, connections.size(), "one connection per transaction, none shared");
        assertEquals(REQUESTS / 2, orders.count(), "the odd requests committed, the even ones rolled back");
        assertEquals(0, database.connections().figures()[0]);
        database.stop();
    }

    @Test
    void aTransactionIsInvisibleToAThreadItStarts() throws Exception {
        Database database = new Database();
        database.start();
        try {
            Transaction transaction = database.transactions().begin(TxType.REQUIRED);
            try {
                boolean[] child = new boolean[1];
                Thread thread = Thread.ofVirtual().start(() -> child[0] = database.transactions().active());
                assertTrue(thread.join(Duration.ofSeconds(10)));
                assertFalse(child[0]);
                assertTrue(database.transactions().active());
                transaction.commit();
            } finally {
                transaction.close();
            }
            assertFalse(database.transactions().active());
        } finally {
            database.stop();
        }
    }
}
