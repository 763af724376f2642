package dev.kiln.runtime.log;

import dev.kiln.runtime.config.KilnConfig;
import io.helidon.logging.jul.HelidonConsoleHandler;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts a {@link KilnLogFormatter} in the configured {@link LogFormat} ({@value LogFormat#KEY}, default
 * {@code text}) on the console handlers of java.util.logging's root logger, where they write today (the JDK's
 * {@code ConsoleHandler} to stderr, Helidon's to stdout). {@code KilnBoot} calls it before anything starts.
 * Everything that logs through JUL lands there: {@code System.Logger} (Kiln, Helidon), JUL itself, and SLF4J
 * when the application has {@code org.slf4j:slf4j-jdk14} on its class path.
 *
 * <p>An application that configures java.util.logging itself ({@code -Djava.util.logging.config.file} or
 * {@code .config.class}) keeps its formatters unless {@value LogFormat#KEY} is set.
 *
 * <pre>{@code
 * KilnLogging.install(KilnConfig.of(Map.of("kiln.log.format", "json")), "orders");
 * }</pre>
 */
public final class KilnLogging {
    private KilnLogging() {}

    /**
     * Installs the format {@code config} names for {@code service}; returns it, or empty when the application's own
     * JUL configuration was left alone. A format that is not one of the four fails, naming the key.
     */
    public static Optional<LogFormat> install(KilnConfig config, String service) {
        Optional<String> configured = config.get(LogFormat.KEY).map(String::strip).filter(s -> !s.isEmpty());
        LogFormat format = LogFormat.of(configured.orElse("text"));
        if (configured.isEmpty() && (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null)) {
            return Optional.empty();
        }
        KilnLogFormatter formatter = new KilnLogFormatter(format, service);
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler || handler instanceof HelidonConsoleHandler) {
                handler.setFormatter(formatter);
            }
        }
        return Optional.of(format);
    }
}
