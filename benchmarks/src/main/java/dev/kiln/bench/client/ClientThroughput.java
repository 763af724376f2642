package dev.kiln.bench.client;

import dev.kiln.bench.kiln.BenchApi;
import dev.kiln.bench.kiln.BenchApiClient;
import dev.kiln.bench.kiln.BenchTelemetry;
import dev.kiln.bench.kiln.KilnBenchApp;
import dev.kiln.bench.model.Greeting;
import dev.kiln.bench.model.GreetingJsonCodec;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Calls per second of the generated typed client ({@code BenchApiClient.hello()}) against a hand-written Helidon
 * WebClient call that decodes the answer with the same generated codec, and of the typed client with telemetry (an
 * SDK sampling every call, batch export to a sink that drops) against without. One generated bench application
 * serves {@code GET /hello} in this JVM; the contenders alternate in 1 s slices, in turn first, so that drift on the
 * machine hits them alike; the median of the per-round ratios is reported (targets: typed / hand-written ≥ 0.95,
 * telemetry on / off ≥ 0.90), and the calling threads' CPU time per call (server threads excluded), which other load
 * on a shared machine moves far less than calls per second. No assertion; it prints.
 *
 * <pre>{@code
 * java -Xmx512m -cp target/benchmarks.jar dev.kiln.bench.client.ClientThroughput [threads] [rounds]
 * }</pre>
 */
public final class ClientThroughput {
    private static final long SLICE_MILLIS = 1_000;
    private static final int WARMUP_ROUNDS = 5;

    private ClientThroughput() {}

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (KilnHandle server = KilnBenchApp.start(KilnConfig.of(Map.of("server.port", "0",
                "server.host", "127.0.0.1")))) {
            WebClient web = WebClient.builder().baseUri(server.uri()).build();
            BenchApi typed = BenchApiClient.create(server.uri());
            BenchApi traced = BenchApiClient.builder().baseUri(server.uri())
                    .telemetry(Telemetry.of(BenchTelemetry.sdk())).build();
            Supplier<Greeting> handWritten = () -> {
                try (HttpClientResponse response = web.get("/hello").request()) {
                    if (response.status().code() != 200) {
                        throw new IllegalStateException("GET /hello answered " + response.status());
                    }
                    return Json.decode(GreetingJsonCodec.INSTANCE, response.entity().as(byte[].class));
                }
            };
            String[] names = {"hand-written WebClient", "typed client", "typed client + telemetry"};
            @SuppressWarnings("unchecked")
            Supplier<Greeting>[] contenders = new Supplier[] {handWritten, typed::hello, traced::hello};
            System.out.println("GET /hello, " + threads + " thread(s), " + rounds + " rounds of 1 s per contender after "
                    + WARMUP_ROUNDS + " warm-up rounds; server in this JVM");
            double[] typedRatios = new double[rounds];
            double[] tracedRatios = new double[rounds];
            long[] sums = new long[contenders.length];
            long[] cpuSums = new long[contenders.length];
            for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
                long[] calls = new long[contenders.length];
                long[] cpu = new long[contenders.length];
                for (int i = 0; i < contenders.length; i++) {
                    int c = Math.floorMod(i + round, contenders.length); // each contender first in turn
                    long[] result = slice(threads, contenders[c]);
                    calls[c] = result[0];
                    cpu[c] = result[1];
                }
                if (round >= 0) {
                    typedRatios[round] = (double) calls[1] / calls[0];
                    tracedRatios[round] = (double) calls[2] / calls[1];
                    for (int i = 0; i < calls.length; i++) {
                        sums[i] += calls[i];
                        cpuSums[i] += cpu[i];
                    }
                    System.out.printf("round %2d: %s %7d, %s %7d, %s %7d calls/s%n", round + 1, names[0], calls[0],
                            names[1], calls[1], names[2], calls[2]);
                }
            }
            System.out.printf("means: %s %d, %s %d, %s %d calls/s%n", names[0], sums[0] / rounds, names[1],
                    sums[1] / rounds, names[2], sums[2] / rounds);
            double[] cpuPerCall = new double[contenders.length];
            for (int i = 0; i < contenders.length; i++) {
                cpuPerCall[i] = cpuSums[i] / 1000.0 / sums[i];
            }
            System.out.printf("calling threads' CPU per call: %s %.1f us, %s %.1f us, %s %.1f us; by CPU: typed /"
                            + " hand-written %.3f, telemetry on / off %.3f (hand-written CPU / typed CPU, and so on)%n",
                    names[0], cpuPerCall[0], names[1], cpuPerCall[1], names[2], cpuPerCall[2],
                    cpuPerCall[0] / cpuPerCall[1], cpuPerCall[1] / cpuPerCall[2]);
            System.out.printf("typed / hand-written: median %.3f (rounds %s; target >= 0.95)%n", median(typedRatios),
                    spread(typedRatios));
            System.out.printf("telemetry on / off (typed client): median %.3f (rounds %s; target >= 0.90)%n",
                    median(tracedRatios), spread(tracedRatios));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.3f–%.3f", sorted[0], sorted[sorted.length - 1]);
    }

    /**
     * Calls made in one slice by {@code threads} threads calling {@code call} in a loop, and the CPU time those
     * threads used, in nanoseconds.
     */
    private static long[] slice(int threads, Supplier<Greeting> call) throws InterruptedException {
        LongAdder calls = new LongAdder();
        LongAdder cpu = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(threads);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().start(() -> {
                long start = mx.getCurrentThreadCpuTime();
                while (running.get()) {
                    call.get();
                    calls.increment();
                }
                cpu.add(mx.getCurrentThreadCpuTime() - start);
                done.countDown();
            });
        }
        Thread.sleep(SLICE_MILLIS);
        running.set(false);
        done.await();
        return new long[] {calls.sum(), cpu.sum()};
    }
}
