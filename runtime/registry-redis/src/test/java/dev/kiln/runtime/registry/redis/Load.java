package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.testapp.HitsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** GETs through a discovered client from several threads in a loop, counting answers by instance and failures. */
final class Load implements AutoCloseable {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger calls = new AtomicInteger();
    private final Map<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    Load(HitsClient client, int threadCount) {
        for (int i = 0; i < threadCount; i++) {
            threads.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                while (running.get()) {
                    try {
                        String name = client.get();
                        byInstance.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    calls.incrementAndGet();
                }
            }));
        }
    }

    int calls() {
        return calls.get();
    }

    int callsTo(String instance) {
        AtomicInteger count = byInstance.get(instance);
        return count == null ? 0 : count.get();
    }

    /** Fails naming how many calls failed and the first failure. */
    void assertNoFailure() {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + calls.get() + " calls failed; the first: "
                    + failures.getFirst(), failures.getFirst());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
    }
}
