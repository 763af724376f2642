package dev.kiln.test;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.boot.KilnLauncher;
import dev.kiln.runtime.config.KilnConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One application started for a test class or method, kept in JUnit's {@link ExtensionContext.Store}: JUnit closes
 * it when that context ends (the class after its last test, the method after it ran). Its typed clients are made
 * once and shared.
 */
final class RunningApp implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private final KilnLauncher launcher;
    private final KilnHandle handle;
    private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

    private RunningApp(KilnLauncher launcher, KilnHandle handle) {
        this.launcher = launcher;
        this.handle = handle;
    }

    /** Starts {@code launcher}'s application on a free port, with {@code properties} above every other source. */
    static RunningApp start(KilnLauncher launcher, Map<String, String> properties) {
        return new RunningApp(launcher, launcher.start(KilnConfig.load(properties)));
    }

    KilnHandle handle() {
        return handle;
    }

    boolean serves(Class<?> type) {
        return launcher.served().contains(type);
    }

    /** A client of {@code api}, which the application serves. */
    Object client(Class<?> api) {
        return clients.computeIfAbsent(api, type -> clientOf(type).orElseThrow());
    }

    private <T> Optional<T> clientOf(Class<T> api) {
        return launcher.client(api, handle.uri());
    }

    /** The parameter types it gives, for error messages: {@code KilnHandle, GreetingApi}. */
    String givenTypes() {
        List<String> types = new ArrayList<>();
        types.add(KilnHandle.class.getSimpleName());
        launcher.served().forEach(type -> types.add(type.getName()));
        return String.join(", ", types);
    }

    String applicationName() {
        return launcher.application().getSimpleName();
    }

    @Override
    public void close() {
        handle.close();   // idempotent: JUnit may close a value that is both AutoCloseable and a CloseableResource once per kind
    }
}
