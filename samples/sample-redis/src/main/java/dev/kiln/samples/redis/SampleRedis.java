package dev.kiln.samples.redis;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import redis.embedded.RedisServer;

/**
 * Runs a Redis server for the shop sample on {@code 127.0.0.1:<port>} (argument, default 6390), without
 * persistence, until the process is stopped: {@code java -jar sample-redis.jar 6390}. Falls back to
 * {@code redis-server} on the PATH where embedded-redis has no binary for the platform.
 */
public final class SampleRedis {
    private SampleRedis() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 6390;
        Runnable stop;
        try {
            RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            server.start();
            stop = () -> {
                try {
                    server.stop();
                } catch (IOException e) {
                    System.err.println("Stopping Redis failed: " + e.getMessage());
                }
            };
        } catch (IOException | RuntimeException e) {
            System.err.println("embedded-redis did not start (" + e.getMessage() + "); trying redis-server from the PATH");
            Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").inheritIO().start();
            stop = process::destroy;
        }
        System.out.println("Redis for the sample on redis://127.0.0.1:" + port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable finalStop = stop;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            finalStop.run();
            stopped.countDown();
        }, "sample-redis-stop"));
        stopped.await();
    }
}
