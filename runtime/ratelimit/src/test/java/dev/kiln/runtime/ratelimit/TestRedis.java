package dev.kiln.runtime.ratelimit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import redis.embedded.RedisServer;

/**
 * A real Redis server on a free port: the binary embedded-redis ships (Redis 6.2, Linux/macOS, x86-64 and
 * arm64), or else {@code redis-server} from the PATH ({@code apt-get install redis-server}). No persistence.
 * Shared with other modules' tests through this module's test-jar.
 */
public final class TestRedis implements AutoCloseable {
    private final int port;
    private RedisServer embedded;
    private Process process;
    private RedisClient inspectorClient;
    private StatefulRedisConnection<String, String> inspector;

    private TestRedis(int port) {
        this.port = port;
    }

    public static TestRedis start() {
        TestRedis redis = new TestRedis(freePort());
        redis.startServer();
        return redis;
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Commands on a connection of its own, to look at what the limiters wrote. */
    public RedisCommands<String, String> inspect() {
        if (inspector == null) {
            inspectorClient = RedisClient.create(uri());
            inspector = inspectorClient.connect();
        }
        return inspector.sync();
    }

    /** Starts the server again on the same port (after {@link #stopServer()}): an outage ends. */
    public void startServer() {
        try {
            embedded = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            embedded.start();
        } catch (IOException | RuntimeException e) {
            embedded = null;
            System.err.println("embedded-redis did not start (" + e + "); trying redis-server from the PATH");
            startFromPath();
        }
        awaitPong();
    }

    /** Stops the server, data and all; every client's connection breaks. */
    public void stopServer() {
        try {
            if (embedded != null) {
                embedded.stop();
            }
            if (process != null) {
                process.destroy();
                process.waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (inspector != null) {
            inspector.close();
            inspectorClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
        stopServer();
    }

    private void startFromPath() {
        try {
            process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("No Redis for the tests: embedded-redis failed and there is no "
                    + "redis-server on the PATH (apt-get install redis-server)", e);
        }
    }

    private void awaitPong() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] reply = new byte[7];
                int n = in.read(reply);
                if (n > 0 && new String(reply, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Redis did not answer PING on port " + port);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
