package dev.kiln.bench.discovery;

import dev.kiln.bench.kiln.BenchApi;
import dev.kiln.bench.kiln.BenchApiClient;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistries;
import dev.kiln.runtime.registry.ServiceRegistry;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntPredicate;

/**
 * Time from {@code kill -9} of an instance to its removal from every view of the registry. Three bench
 * applications run as separate JVMs registered in Redis; this JVM is their client: it holds a Redis registry of
 * its own and calls {@code GET /hello} through a discovered {@code BenchApiClient} from two threads throughout.
 * Each repetition SIGKILLs one instance (no shutdown hook, no deregistration) and polls, every 10 ms, the
 * client's view and the two survivors' {@code GET /kiln/registry} until the dead one is gone from all three; then
 * starts a fresh instance on the freed port and waits until every view has three again. Prints each
 * repetition, the median and maximum, the bound ttl + heartbeat, and the client calls that failed. No assertion.
 *
 * <pre>{@code
 * java -cp target/benchmarks.jar dev.kiln.bench.discovery.KillRemovalTime redis://127.0.0.1:6391 10s 3s 5 8101
 * }</pre>
 *
 * Arguments: Redis URI, ttl, heartbeat (number + {@code ms} or {@code s}), repetitions, first of three ports.
 * {@code -Dbench.jvmOpts} are the instances' JVM flags (default {@code -Xmx512m}); {@code -Dbench.logs} the
 * directory their output goes to (default {@code target/bench-logs}). {@code benchmarks/failover.sh} runs it.
 */
public final class KillRemovalTime {
    private static final int INSTANCES = 3;
    private static final int CALLER_THREADS = 2;
    private static final long POLL_MILLIS = 10;

    private final String redisUri;
    private final String ttl;
    private final String heartbeat;
    private final int firstPort;
    private final Process[] processes = new Process[INSTANCES];
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private ServiceRegistry registry;

    private KillRemovalTime(String redisUri, String ttl, String heartbeat, int firstPort) {
        this.redisUri = redisUri;
        this.ttl = ttl;
        this.heartbeat = heartbeat;
        this.firstPort = firstPort;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: KillRemovalTime <redis-uri> <ttl> <heartbeat> [repetitions] [first-port]");
            System.exit(2);
        }
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int firstPort = args.length > 4 ? Integer.parseInt(args[4]) : 8101;
        new KillRemovalTime(args[0], args[1], args[2], firstPort).run(repetitions);
    }

    private void run(int repetitions) throws Exception {
        long boundMillis = millis(ttl) + millis(heartbeat);
        Load load = null;
        try {
            for (int i = 0; i < INSTANCES; i++) {
                processes[i] = launch(i);
            }
            registry = ServiceRegistries.create(KilnConfig.of(Map.of("kiln.registry.type", "redis",
                    "kiln.registry.redis.uri", redisUri, "kiln.registry.ttl", ttl, "kiln.registry.heartbeat",
                    heartbeat)));
            awaitAllViewsComplete();
            load = new Load(BenchApiClient.builder().registry(registry).build(), CALLER_THREADS);
            Thread.sleep(2_000); // calls reach every instance, the JIT settles a little

            System.out.printf("ttl %s, heartbeat %s: %d instances in separate JVMs, a client JVM calling GET /hello"
                    + " from %d threads; %d repetitions%n", ttl, heartbeat, INSTANCES, CALLER_THREADS, repetitions);
            long[] removal = new long[repetitions];
            long[] clientView = new long[repetitions];
            for (int rep = 0; rep < repetitions; rep++) {
                int victim = rep % INSTANCES;
                int port = firstPort + victim;
                long callsBefore = load.calls();
                long failuresBefore = load.failures();
                long t0 = System.nanoTime();
                processes[victim].destroyForcibly(); // SIGKILL on Linux: kill -9
                long[] gone = awaitGone(victim, port, t0, boundMillis + 10_000);
                processes[victim].waitFor();
                long all = Arrays.stream(gone).max().orElseThrow();
                removal[rep] = all;
                clientView[rep] = gone[0];
                System.out.printf("  rep %d: killed :%d; gone from the client's view after %5d ms, from the"
                                + " survivors' /kiln/registry after %s ms; from all %5d ms; %d calls meanwhile,"
                                + " %d failed%n", rep + 1, port, gone[0], Arrays.toString(Arrays.copyOfRange(gone, 1,
                                gone.length)), all, load.calls() - callsBefore, load.failures() - failuresBefore);
                processes[victim] = launch(victim);
                awaitAllViewsComplete();
                Thread.sleep(1_000 + (rep * 700L) % 2_000); // new calls on the newcomer; vary the heartbeat phase
            }
            Arrays.sort(removal);
            Arrays.sort(clientView);
            System.out.printf("removal from every view: median %d ms, min %d ms, max %d ms (client's view: median %d,"
                            + " max %d ms); bound ttl + heartbeat = %d ms%n", removal[repetitions / 2], removal[0],
                    removal[repetitions - 1], clientView[repetitions / 2], clientView[repetitions - 1], boundMillis);
            System.out.printf("client calls: %d, failed: %d%s%n", load.calls(), load.failures(),
                    load.firstFailure() == null ? "" : " (first: " + load.firstFailure() + ")");
        } finally {
            if (load != null) {
                load.close();
            }
            for (Process process : processes) {
                if (process != null) {
                    process.destroy();
                    process.waitFor();
                }
            }
            if (registry != null) {
                registry.close();
            }
        }
    }

    /** Milliseconds from {@code t0} until each view (the client's, then each survivor's) no longer holds port. */
    private long[] awaitGone(int victim, int port, long t0, long timeoutMillis) throws InterruptedException {
        List<IntPredicate> views = new ArrayList<>();
        views.add(p -> clientHolds(p));
        for (int i = 0; i < INSTANCES; i++) {
            if (i != victim) {
                int survivor = firstPort + i;
                views.add(p -> registryOf(survivor).contains(":" + p + "\""));
            }
        }
        long[] gone = new long[views.size()];
        Arrays.fill(gone, -1);
        int left = views.size();
        while (left > 0) {
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            if (elapsed > timeoutMillis) {
                throw new IllegalStateException("Port " + port + " still in some view after " + elapsed + " ms: "
                        + Arrays.toString(gone));
            }
            for (int v = 0; v < views.size(); v++) {
                if (gone[v] < 0 && !views.get(v).test(port)) {
                    gone[v] = (System.nanoTime() - t0) / 1_000_000;
                    left--;
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        return gone;
    }

    private boolean clientHolds(int port) {
        return registry.lookup("bench").stream().map(ServiceInstance::uri).anyMatch(uri -> uri.getPort() == port);
    }

    /** Until the client and every instance see all three instances UP (60 s at most). */
    private void awaitAllViewsComplete() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            boolean complete = registry.lookup("bench").stream().filter(ServiceInstance::isUp)
                    .count() == INSTANCES;
            for (int i = 0; i < INSTANCES && complete; i++) {
                String json = registryOf(firstPort + i);
                for (int j = 0; j < INSTANCES && complete; j++) {
                    complete = json.contains(":" + (firstPort + j) + "\"");
                }
            }
            if (complete) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The instances did not all register within 60 s; see their logs");
            }
            Thread.sleep(50);
        }
    }

    /** GET /kiln/registry of the instance on port; empty when it does not answer. */
    private String registryOf(int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/kiln/registry")).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private Process launch(int index) throws IOException {
        int port = firstPort + index;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Arrays.asList(System.getProperty("bench.jvmOpts", "-Xmx512m").trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.kiln.bench.kiln.BenchApp",
                "--server.port=" + port, "--kiln.registry.type=redis", "--kiln.registry.redis.uri=" + redisUri,
                "--kiln.registry.ttl=" + ttl, "--kiln.registry.heartbeat=" + heartbeat));
        File logs = new File(System.getProperty("bench.logs", "target/bench-logs"));
        logs.mkdirs();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logs, "failover-" + port + ".log")))
                .start();
    }

    private static long millis(String duration) {
        String d = duration.strip();
        if (d.endsWith("ms")) {
            return Long.parseLong(d.substring(0, d.length() - 2));
        }
        if (d.endsWith("s")) {
            return Math.round(Double.parseDouble(d.substring(0, d.length() - 1)) * 1000);
        }
        throw new IllegalArgumentException("Duration '" + duration + "': use a number and ms or s");
    }

    /** Callers of GET /hello in a loop, counting calls and failures until closed. */
    private static final class Load implements AutoCloseable {
        private final LongAdder calls = new LongAdder();
        private final LongAdder failures = new LongAdder();
        private final AtomicReference<String> firstFailure = new AtomicReference<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Load(BenchApi client, int threads) {
            for (int t = 0; t < threads; t++) {
                this.threads.add(Thread.ofPlatform().name("caller-" + t).start(() -> {
                    while (running.get()) {
                        try {
                            client.hello();
                        } catch (RuntimeException e) {
                            failures.increment();
                            firstFailure.compareAndSet(null, e.toString());
                        }
                        calls.increment();
                    }
                }));
            }
        }

        long calls() {
            return calls.sum();
        }

        long failures() {
            return failures.sum();
        }

        String firstFailure() {
            return firstFailure.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
