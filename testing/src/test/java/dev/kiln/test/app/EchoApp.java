package dev.kiln.test.app;

import dev.kiln.KilnApplication;

/** The tests' tiny application, compiled with Kiln's processor: its launcher is what {@code @KilnTest} finds. */
@KilnApplication
public final class EchoApp {
    private EchoApp() {}
}
