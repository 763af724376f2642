package dev.kiln.test.app;

import dev.kiln.runtime.config.KilnConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Answers with {@code echo.prefix} (application.yaml says "Hey"), so that tests see which configuration won. */
@Singleton
final class EchoService implements EchoApi {
    private final String prefix;

    @Inject
    EchoService(KilnConfig config) {
        this.prefix = config.get("echo.prefix", "Hello");
    }

    @Override
    public Echo echo(String word) {
        return new Echo(prefix + ", " + word);
    }
}
