package dev.kiln.bench.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate load generator (what wrk2 does, which this machine lacks): {@code rate} GET requests per second for
 * {@code seconds} over {@code connections} keep-alive connections. Request {@code i} is due at {@code start + i/rate};
 * the next free connection sends it then (or at once, if it is late) and its latency is measured from when it was
 * due, so that a stalled server shows in the tail instead of slowing the load (coordinated omission). Prints p50,
 * p99, p99.9 and max in milliseconds, non-2xx answers and failed requests (connection errors).
 *
 * <pre>
 * java -cp benchmarks.jar dev.kiln.bench.load.FixedRateLoad http://127.0.0.1:8090/items/42 2000 120 64
 * </pre>
 */
public final class FixedRateLoad {
    private FixedRateLoad() {}

    public static void main(String[] args) throws InterruptedException {
        URI uri = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int total = rate * seconds;
        byte[] request = ("GET " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicLong non2xx = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime() + 200_000_000L;
        double periodNanos = 1e9 / rate;
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            workers.add(Thread.ofVirtual().start(() -> {
                Socket socket = null;
                InputStream in = null;
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + (long) (i * periodNanos);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        if (socket == null) {
                            socket = new Socket();
                            socket.setTcpNoDelay(true);
                            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
                            socket.setSoTimeout(30_000);
                            in = new BufferedInputStream(socket.getInputStream(), 8192);
                        }
                        OutputStream out = socket.getOutputStream();
                        out.write(request);
                        out.flush();
                        int status = readAnswer(in);
                        if (status / 100 != 2) {
                            non2xx.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        close(socket);
                        socket = null;
                    }
                    latencies[i] = System.nanoTime() - due;
                }
                close(socket);
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Arrays.sort(latencies);
        System.out.printf("%s  rate %d/s for %d s on %d connections (%d requests): p50 %.2f ms  p99 %.2f ms"
                        + "  p99.9 %.2f ms  max %.2f ms  non-2xx %d  failed %d%n", uri.getPath(), rate, seconds,
                connections, total, ms(latencies, 0.50), ms(latencies, 0.99), ms(latencies, 0.999),
                latencies[total - 1] / 1e6, non2xx.get(), failed.get());
    }

    /** Reads one answer with a Content-Length body (what both servers send) and returns its status. */
    private static int readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int last = 0;
        while (last != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the answer");
            }
            head.append((char) b);
            last = last << 8 | b;
        }
        String text = head.toString().toLowerCase(java.util.Locale.ROOT);
        int at = text.indexOf("content-length:");
        if (at >= 0) {
            int length = Integer.parseInt(text.substring(at + 15, text.indexOf('\r', at)).strip());
            in.skipNBytes(length);
        }
        return Integer.parseInt(text.substring(9, 12));
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a broken connection: nothing to do.
            }
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
