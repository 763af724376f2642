package runcaching;

import dev.kiln.runtime.cache.Caches;
import dev.kiln.runtime.data.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/** Calls the generated InventoryIntercepted as an application would, and says what happened. */
public final class Exercise implements BiFunction<Caches, Transactions, List<String>> {
    @Override
    public List<String> apply(Caches caches, Transactions transactions) {
        Inventory inventory = new InventoryIntercepted(caches, transactions);
        List<String> out = new ArrayList<>();
        out.add("miss: " + inventory.stock("abc") + ", loads " + inventory.loads.get());
        out.add("hit: " + inventory.stock("abc") + ", loads " + inventory.loads.get());
        out.add("self-call: " + inventory.stockTwice("abcd") + ", loads " + inventory.loads.get());
        out.add("50 concurrent misses: loads " + concurrentMisses(inventory, 50));
        try {
            inventory.sell("abc", true);
        } catch (IllegalStateException expected) {
            out.add("sell rolled back: " + expected.getMessage());
        }
        inventory.stock("abc");
        out.add("after rollback, a hit: loads " + inventory.loads.get());
        inventory.sell("abc", false);
        inventory.stock("abc");
        out.add("after commit, a miss: loads " + inventory.loads.get());
        return out;
    }

    /** {@code threads} calls of one missing key while the first load is held: how many loads ran. */
    private static int concurrentMisses(Inventory inventory, int threads) {
        CountDownLatch gate = new CountDownLatch(1);
        inventory.gate = gate;
        int before = inventory.loads.get();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(pool.submit(() -> inventory.stock("concurrent")));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (inventory.loads.get() == before && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            gate.countDown();
            for (Future<Integer> call : calls) {
                if (call.get() != "concurrent".length()) {
                    throw new AssertionError("a caller got " + call.get());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            inventory.gate = new CountDownLatch(0);
        }
        return inventory.loads.get() - before;
    }
}
