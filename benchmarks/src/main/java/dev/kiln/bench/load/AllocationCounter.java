package dev.kiln.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Lets a benchmark script read how many bytes a server JVM has allocated, so that it can report allocation per
 * request beside CPU per request: with {@code -Dkiln.bench.allocations=<dir>}, a daemon thread writes the JVM's
 * total allocated bytes (every thread's, virtual threads counted on their carriers) to {@code <dir>/<pid>.alloc}
 * every 20 ms. Over a 10 s round the staleness is under 0.5%.
 *
 * <pre>{@code
 * public static void main(String[] args) { AllocationCounter.startIfAsked(); ... }
 * }</pre>
 */
public final class AllocationCounter {
    /** The system property naming the directory to write to. */
    public static final String PROPERTY = "kiln.bench.allocations";

    private AllocationCounter() {}

    /** Starts the writer when {@value #PROPERTY} is set; otherwise does nothing. */
    public static void startIfAsked() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            return;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Path file = Path.of(dir, ProcessHandle.current().pid() + ".alloc");
        Path partial = Path.of(dir, ProcessHandle.current().pid() + ".alloc.partial");
        Thread.ofPlatform().daemon().name("allocation-counter").start(() -> {
            try {
                Files.createDirectories(file.getParent());
                while (true) {
                    Files.writeString(partial, Long.toString(threads.getTotalThreadAllocatedBytes()));
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException e) {
                System.err.println("allocation counter stopped: " + e);
            }
        });
    }
}
