package dev.kiln.bench.discovery;

import dev.kiln.bench.kiln.BenchApi;
import dev.kiln.bench.kiln.BenchApiClient;
import dev.kiln.bench.kiln.BenchApiRouter;
import dev.kiln.bench.kiln.KilnBenchApp;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceInstance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls per second of a discovered client (the registry's three instances, power-of-two-choices) against
 * static-URI clients to the same three instances (each caller thread takes them in turn, by hand). Three
 * generated bench applications serve {@code GET /hello} in this JVM; caller threads call it in a loop; the two
 * contenders alternate in 1 s slices so that drift on the machine hits both alike, and the median of the per-round
 * ratios is reported (target ≥ 0.95). No assertion; it prints.
 *
 * <pre>{@code
 * java -Xmx512m -cp target/benchmarks.jar dev.kiln.bench.discovery.DiscoveredClientThroughput [threads] [rounds]
 * }</pre>
 */
public final class DiscoveredClientThroughput {
    private static final long SLICE_NANOS = 1_000_000_000L;
    private static final int WARMUP_ROUNDS = 5;

    private DiscoveredClientThroughput() {}

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
        List<KilnHandle> instances = new ArrayList<>();
        List<BenchApi> pinned = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                KilnHandle handle = KilnBenchApp.start(KilnConfig.of(Map.of("server.port", "0",
                        "server.host", "127.0.0.1")));
                instances.add(handle);
                registry.register(ServiceInstance.of("bench-" + i, "bench", BenchApiRouter.DESCRIPTOR, handle.uri(),
                        InstanceStatus.UP, Instant.now()));
                pinned.add(BenchApiClient.create(handle.uri()));
            }
            BenchApi discovered = BenchApiClient.builder().registry(registry).build();
            BenchApi[] statics = pinned.toArray(new BenchApi[0]);

            System.out.println("Discovered vs static clients, " + threads + " threads, GET /hello on 3 instances, "
                    + rounds + " rounds of 1 s each after " + WARMUP_ROUNDS + " warm-up rounds");
            double[] ratios = new double[rounds];
            long staticCalls = 0;
            long discoveredCalls = 0;
            for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
                long s;
                long d;
                if ((round & 1) == 0) {
                    s = slice(threads, statics);
                    d = slice(threads, new BenchApi[] {discovered});
                } else {
                    d = slice(threads, new BenchApi[] {discovered});
                    s = slice(threads, statics);
                }
                if (round >= 0) {
                    ratios[round] = (double) d / s;
                    staticCalls += s;
                    discoveredCalls += d;
                    System.out.printf("round %2d: static %8d calls/s, discovered %8d calls/s, ratio %.3f%n",
                            round + 1, s, d, ratios[round]);
                }
            }
            Arrays.sort(ratios);
            System.out.printf("static %d calls/s, discovered %d calls/s (means); median ratio discovered/static %.3f"
                            + " (target >= 0.95)%n", staticCalls / rounds, discoveredCalls / rounds,
                    ratios[rounds / 2]);
        } finally {
            instances.forEach(KilnHandle::close);
        }
    }

    /** Calls for one slice from {@code threads} threads, each taking {@code clients} in turn; returns the count. */
    private static long slice(int threads, BenchApi[] clients) throws InterruptedException {
        LongAdder calls = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread.ofPlatform().start(() -> {
                int next = offset;
                while (running.get()) {
                    clients[next++ % clients.length].hello();
                    calls.increment();
                }
                done.countDown();
            });
        }
        Thread.sleep(SLICE_NANOS / 1_000_000);
        running.set(false);
        done.await();
        return calls.sum();
    }
}
