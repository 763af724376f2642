package dev.kiln.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.http.ClientAborts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once, some of them going away mid-request: none is a server error, the log stays within a small
 * budget, the heap comes back down, and the service answers normally afterwards. Default limits.
 */
class LoadAndAbortTest {
    /** Used heap after the run and a full GC, with {@code -Xmx512m} (the module's surefire argLine). */
    private static final long HEAP_BOUND = 64L << 20;
    private static final int CONNECTIONS = 500;
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final byte[] GET = "GET /items/load HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final String BODY = "{\"name\":\"load\",\"tags\":[\"a\"]}";
    private static final byte[] POST = ("POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY).getBytes(StandardCharsets.US_ASCII);
    private static Target target;

    @BeforeAll
    static void start() {
        target = Target.start(Map.of());
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void aThousandClientsThatHangUpMidRequestLeaveTheLogAlmostEmpty() throws Exception {
        long abortedBefore = ClientAborts.total();
        try (LogRecords log = new LogRecords();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 1_000; i++) {
                int client = i;
                clients.submit(() -> {
                    abort(client % 10);
                    return null;
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
            // 800 of them close cleanly after their bytes (FIN): each is seen and counted; a reset may beat its bytes.
            assertTrue(Poll.until(Duration.ofSeconds(30), () -> ClientAborts.total() - abortedBefore >= 800),
                    () -> "aborts counted: " + (ClientAborts.total() - abortedBefore));
            assertTrue(log.lines() <= 5, () -> log.lines() + " log lines for 1,000 aborted requests:\n" + log.describe());
        }
        Raw.Answer errors = Raw.exchange(target.port(), "GET /kiln/errors HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(errors.body().contains("\"groups\":[]"), "no aborted request is an error: " + errors.body());
    }

    @Test
    void aSustainedLoadWithAbortingClientsGetsNoServerErrorAndLeavesTheHeapBounded() throws Exception {
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicLong aborted = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        try (LogRecords log = new LogRecords();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CONNECTIONS; c++) {
                long seed = c;
                clients.submit(() -> {
                    load(new Random(seed), end, statuses, aborted);
                    return null;
                });
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(RUN.toSeconds() + 60, TimeUnit.SECONDS));
            System.out.println("Sustained load: " + statuses + " answers by status, " + aborted + " aborted, over "
                    + RUN.toSeconds() + "s on " + CONNECTIONS + " connections");
            assertTrue(statuses.keySet().stream().allMatch(status -> status >= 200 && status < 500),
                    () -> "statuses " + statuses);
            assertTrue(statuses.getOrDefault(200, new LongAdder()).sum() > CONNECTIONS, () -> "statuses " + statuses);
            assertTrue(log.lines() <= 10, () -> log.lines() + " log lines:\n" + log.describe());
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        System.out.println("Heap used after the run and a GC: " + (used >> 20) + " MB");
        assertTrue(used < HEAP_BOUND, () -> "heap used after GC: " + (used >> 20) + " MB");
        Raw.Answer after = Raw.exchange(target.port(), "GET /items/after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(200, after.status(), after.toString());
        assertTrue(after.body().contains("\"name\":\"after\""), after.body());
    }

    /** One client going away: mid-headers (FIN, or reset), or mid-body. */
    private static void abort(int kind) throws IOException {
        try (Socket socket = Raw.connect(target.port())) {
            OutputStream out = socket.getOutputStream();
            if (kind < 7) {
                out.write("GET /items/a HTTP/1.1\r\nHost: x\r\nX-Half: ".getBytes(StandardCharsets.US_ASCII));
            } else if (kind < 8) {
                out.write("POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"na"
                        .getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write("GET /items/a HTTP/1.1\r\nHost: x\r\nX-Reset: ".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.setSoLinger(true, 0);   // close sends a reset
                return;
            }
            out.flush();
        }
    }

    /** One keep-alive connection until {@code end}: one request in twenty is abandoned halfway, and it reconnects. */
    private static void load(Random random, long end, Map<Integer, LongAdder> statuses, AtomicLong aborted) throws IOException {
        Socket socket = Raw.connect(target.port());
        try {
            while (System.nanoTime() < end) {
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                if (random.nextInt(20) == 0) {
                    byte[] request = random.nextBoolean() ? GET : POST;
                    out.write(request, 0, 1 + random.nextInt(request.length - 2));
                    out.flush();
                    if (random.nextBoolean()) {
                        socket.setSoLinger(true, 0);
                    }
                    socket.close();
                    aborted.incrementAndGet();
                    socket = Raw.connect(target.port());
                    continue;
                }
                out.write(random.nextInt(4) == 0 ? POST : GET);
                out.flush();
                Raw.Answer answer = Raw.read(in);
                statuses.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
                if (answer.status() == 0 || answer.closed()) {
                    socket.close();
                    socket = Raw.connect(target.port());
                }
            }
        } finally {
            socket.close();
        }
    }
}
