package dev.kiln.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fixed-rate load generator (what wrk2 does, which this machine lacks): sends {@code rate} requests per second for
 * {@code seconds}, each at its scheduled time whether or not earlier ones have been answered, and measures each
 * latency from that scheduled time, so that a stalled server shows in the tail instead of slowing the load
 * (coordinated omission). Prints p50, p99, p99.9 and max in milliseconds, the answers that were not 2xx and the
 * failures (no answer within 10 s, connection errors).
 *
 * <pre>
 * java -cp benchmarks.jar dev.kiln.bench.load.FixedRateLoad http://127.0.0.1:8090/items/42 2000 120
 * </pre>
 */
public final class FixedRateLoad {
    private FixedRateLoad() {}

    public static void main(String[] args) throws InterruptedException {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int total = rate * seconds;
        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long periodNanos = 1_000_000_000L / rate;
        try (ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor()) {
            // One tick a millisecond sends every request whose time has come: steady even where sleeps are coarse.
            int[] next = {0};
            ticker.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                while (next[0] < total && start + next[0] * periodNanos <= now) {
                    int i = next[0]++;
                    long intended = start + i * periodNanos;
                    client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                        latencies.set(i, System.nanoTime() - intended);
                        if (error != null) {
                            failures.incrementAndGet();
                        } else if (response.statusCode() / 100 != 2) {
                            non2xx.incrementAndGet();
                        }
                        done.countDown();
                    });
                }
            }, 0, 1, TimeUnit.MILLISECONDS);
            if (!done.await(seconds + 60L, TimeUnit.SECONDS)) {
                System.out.println("not all requests completed within " + (seconds + 60) + " s");
            }
        }
        long[] sorted = new long[total];
        for (int i = 0; i < total; i++) {
            sorted[i] = latencies.get(i);
        }
        Arrays.sort(sorted);
        System.out.printf("%s  rate %d/s for %d s (%d requests): p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms"
                        + "  non-2xx %d  failed %d%n", uri.getPath(), rate, seconds, total, ms(sorted, 0.50),
                ms(sorted, 0.99), ms(sorted, 0.999), sorted[total - 1] / 1e6, non2xx.get(), failures.get());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
