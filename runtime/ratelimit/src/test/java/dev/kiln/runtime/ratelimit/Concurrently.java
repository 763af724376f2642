package dev.kiln.runtime.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Hammers limiters from several threads released at once. */
final class Concurrently {
    private Concurrently() {}

    /** {@code threads} threads each try {@code attempts} times on {@code key}, thread i using limiters[i % n]; returns the permits granted. */
    static int acquire(int threads, int attempts, String key, RateLimiter... limiters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RateLimiter limiter = limiters[t % limiters.length];
                results.add(pool.submit(() -> {
                    start.await();
                    int granted = 0;
                    for (int i = 0; i < attempts; i++) {
                        if (limiter.tryAcquire(key).allowed()) {
                            granted++;
                        }
                    }
                    return granted;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(30, TimeUnit.SECONDS);
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
