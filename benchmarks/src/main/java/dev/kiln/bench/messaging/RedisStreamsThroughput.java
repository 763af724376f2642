package dev.kiln.bench.messaging;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end messages per second on Redis Streams — publish (XADD answered) → handled → acknowledged (XACK) —
 * through Kiln's Redis transport ({@link KilnStreams}) against a hand-written Lettuce XADD / XREADGROUP / XACK loop
 * ({@link LettuceStreams}) on the same Redis, in the same JVM, alternating: every round runs both, in turns, on a
 * fresh stream, and the median of the per-round ratios kiln / lettuce is printed (target ≥ 0.9). A run ends when
 * every message was handled and nothing is pending in the group. Then publish → handle latency at a fixed rate
 * (one publisher, {@code rate} messages/s) for each. Next to messages/s, the JVM's CPU time per message (both sides
 * of the run: publishers, client, handlers), which other work on the machine moves far less. No assertion; it prints.
 *
 * <pre>{@code
 * java -Xmx512m -cp target/benchmarks.jar dev.kiln.bench.messaging.RedisStreamsThroughput redis://127.0.0.1:6392 \
 *      [messages=20000] [rounds=6] [publishers=4] [rate=1000]
 * }</pre>
 */
public final class RedisStreamsThroughput {
    private static final int WARMUP_ROUNDS = 2;
    /** {@code -Dkiln.bench.only=kiln|lettuce}: run that contender alone, no ratios (to profile one side). */
    private static final String ONLY = System.getProperty("kiln.bench.only");
    private static final long GIVE_UP_NANOS = 120_000_000_000L;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private RedisStreamsThroughput() {}

    public static void main(String[] args) {
        String uri = args[0];
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int publishers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        RedisClient adminClient = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> adminConnection = adminClient.connect();
             KilnStreams kiln = new KilnStreams(uri, adminConnection.sync());
             LettuceStreams lettuce = new LettuceStreams(uri)) {
            RedisCommands<String, String> admin = adminConnection.sync();
            System.out.printf("Redis Streams, publish -> handled -> acked: %d messages per run, %d publisher threads,"
                    + " %d rounds after %d warm-up rounds (Redis %s)%n", messages, publishers, rounds, WARMUP_ROUNDS,
                    redisVersion(admin));
            double[] ratios = new double[rounds];
            double kilnSum = 0;
            double lettuceSum = 0;
            double kilnCpu = 0;
            double lettuceCpu = 0;
            for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
                boolean kilnFirst = (round & 1) == 0;
                if (ONLY != null) {
                    StreamsContender alone = ONLY.equals("kiln") ? kiln : lettuce;
                    Run result = run(alone, admin, messages, publishers, 0);
                    if (round >= 0) {
                        System.out.printf("round %d: %s alone %8.0f msg/s (%5.1f us CPU/msg)%n", round + 1,
                                alone.name(), result.perSecond, result.cpuMicrosPerMessage);
                    }
                    continue;
                }
                Run first = run(kilnFirst ? kiln : lettuce, admin, messages, publishers, 0);
                Run second = run(kilnFirst ? lettuce : kiln, admin, messages, publishers, 0);
                Run k = kilnFirst ? first : second;
                Run l = kilnFirst ? second : first;
                if (round >= 0) {
                    ratios[round] = k.perSecond / l.perSecond;
                    kilnSum += k.perSecond;
                    lettuceSum += l.perSecond;
                    kilnCpu += k.cpuMicrosPerMessage;
                    lettuceCpu += l.cpuMicrosPerMessage;
                    System.out.printf("round %d: kiln %8.0f msg/s (%5.1f us CPU/msg), lettuce %8.0f msg/s (%5.1f us CPU/msg),"
                            + " ratio %.3f%n", round + 1, k.perSecond, k.cpuMicrosPerMessage, l.perSecond,
                            l.cpuMicrosPerMessage, ratios[round]);
                }
            }
            if (ONLY != null) {
                return;   // one contender: no ratios, no latency comparison
            }
            Arrays.sort(ratios);
            System.out.printf("mean: kiln %.0f msg/s (%.1f us CPU/msg), lettuce %.0f msg/s (%.1f us CPU/msg);"
                    + " median ratio kiln/lettuce %.3f (target >= 0.9)%n", kilnSum / rounds, kilnCpu / rounds,
                    lettuceSum / rounds, lettuceCpu / rounds, median(ratios));

            int paced = Math.max(1_000, rate * 5);
            long pace = 1_000_000_000L / rate;
            System.out.printf("%nPublish -> handle latency at %d msg/s from one publisher, %d messages each:%n", rate, paced);
            for (StreamsContender contender : new StreamsContender[] {kiln, lettuce}) {
                Run result = run(contender, admin, paced, 1, pace);
                System.out.printf("  %-8s %s%n", contender.name(), result.latencies.summary());
            }
        } finally {
            adminClient.shutdown();
        }
    }

    private record Run(double perSecond, double cpuMicrosPerMessage, Latencies latencies) {}

    /** One run on a fresh stream; {@code paceNanos} > 0 spaces the publications that far apart (one publisher). */
    private static Run run(StreamsContender contender, RedisCommands<String, String> admin, int messages, int publishers,
                           long paceNanos) {
        admin.del(contender.stream());
        Latencies latencies = new Latencies(messages);
        contender.start(latencies);
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        Thread[] threads = new Thread[publishers];
        for (int p = 0; p < publishers; p++) {
            int first = p;
            threads[p] = Thread.ofPlatform().name("bench-publisher-" + p).start(() -> {
                for (int seq = first; seq < messages; seq += publishers) {
                    if (paceNanos > 0) {
                        long due = start + seq * paceNanos;
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    contender.publish(new BenchTick(seq, System.nanoTime(), "order placed"));
                }
            });
        }
        for (Thread thread : threads) {
            join(thread);
        }
        while (latencies.handled() < messages || admin.xpending(contender.stream(), contender.group()).getCount() > 0) {
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                throw new IllegalStateException(contender.name() + ": only " + latencies.handled() + " of " + messages
                        + " handled and acknowledged after 120 s");
            }
            LockSupport.parkNanos(200_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (OS.getProcessCpuTime() - cpu) / 1e3;
        contender.stop();
        return new Run(messages / seconds, cpuMicros / messages, latencies);
    }

    private static String redisVersion(RedisCommands<String, String> admin) {
        return admin.info("server").lines().filter(l -> l.startsWith("redis_version:")).findFirst()
                .map(l -> l.substring("redis_version:".length()).strip()).orElse("?");
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
