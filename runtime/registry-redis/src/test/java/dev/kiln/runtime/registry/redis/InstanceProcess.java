package dev.kiln.runtime.registry.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * An instance in a JVM of its own, to be killed with SIGKILL: {@code main} starts a server and registers it in
 * Redis, prints {@code READY}, and runs until killed.
 */
final class InstanceProcess {
    private InstanceProcess() {}

    public static void main(String[] args) throws InterruptedException {
        Instance instance = new Instance(args[1], args[0], args[2], args[3]);
        System.out.println("READY " + instance.server.uri());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts one and waits for READY. */
    static Process start(String redisUri, String name, String ttl, String heartbeat) {
        return launch(InstanceProcess.class, redisUri, name, ttl, heartbeat);
    }

    /** Runs {@code main}'s class in a new JVM on this class path with {@code args}, and waits for its READY line. */
    static Process launch(Class<?> main, String... args) {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY")) {
                    Thread.ofVirtual().start(() -> drain(out)); // keep the pipe from filling
                    return process;
                }
            }
            throw new IllegalStateException("the instance process ended before it was ready");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // discard
            }
        } catch (IOException ignored) {
            // killed
        }
    }
}
