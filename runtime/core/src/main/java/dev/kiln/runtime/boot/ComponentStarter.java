package dev.kiln.runtime.boot;

import dev.kiln.runtime.log.RequestIds;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one component's {@code start()} bounded by {@code kiln.lifecycle.start-timeout}. The start runs on a
 * thread of its own, so that a start that hangs (a connection that never answers) can be interrupted and
 * left behind instead of holding the whole application's start-up.
 */
final class ComponentStarter {
    private ComponentStarter() {}

    /**
     * Starts {@code slot}'s component; rethrows what {@code start()} threw, or throws an
     * {@link IllegalStateException} naming the component and the key when it took longer than {@code timeout}.
     */
    static void start(ComponentSlot slot, Duration timeout) {
        // The caller's context goes with the start: a span a supervised restart runs in covers it.
        FutureTask<Void> task = new FutureTask<>(RequestIds.wrap(() -> {
            slot.instance().start();
            return null;
        }));
        // A platform thread: rare, and its name shows in a thread dump if the start hangs.
        Thread thread = Thread.ofPlatform().daemon().name("kiln-start-" + slot.name()).start(task);
        try {
            task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new IllegalStateException("Component '" + slot.name() + "' did not start within "
                    + ServerSettings.describe(timeout) + " (" + LifecycleSettings.START_TIMEOUT
                    + "); its start() was interrupted and abandoned");
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while component '" + slot.name() + "' was starting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Component '" + slot.name() + "' failed to start: " + cause, cause);
        }
    }
}
