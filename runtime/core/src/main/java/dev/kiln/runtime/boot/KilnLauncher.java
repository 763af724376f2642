package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Starts one {@code @KilnApplication} without naming its generated entry point: the processor writes
 * {@code Kiln<App>Launcher} next to {@code Kiln<App>} and lists it in
 * {@code META-INF/services/dev.kiln.runtime.boot.KilnLauncher}, so that a tool that only holds the application's
 * class (kiln-test's {@code @KilnTest(HelloApp.class)}) finds it with {@link java.util.ServiceLoader} and starts it
 * through plain calls. Each compilation that holds an application writes its own services file; a class path with
 * several applications has several files, and {@code ServiceLoader} reads them all.
 *
 * <pre>{@code
 * for (KilnLauncher launcher : ServiceLoader.load(KilnLauncher.class)) {
 *     if (launcher.application() == HelloApp.class) {
 *         try (KilnHandle app = launcher.start(KilnConfig.load(Map.of("server.port", "0")))) {
 *             GreetingApi client = launcher.client(GreetingApi.class, app.uri()).orElseThrow();
 *         }
 *     }
 * }
 * }</pre>
 */
public interface KilnLauncher {
    /** The {@code @KilnApplication} class this launcher starts. */
    Class<?> application();

    /** The {@code @Service} interfaces the application serves, ordered by service name. */
    List<Class<?>> served();

    /** Starts the application with {@code config}: {@code Kiln<App>.start(config)}. */
    KilnHandle start(KilnConfig config);

    /**
     * A typed client of {@code api} calling {@code base} ({@code <Api>Client.create(base)}), or empty when the
     * application does not serve {@code api}.
     */
    <T> Optional<T> client(Class<T> api, URI base);
}
