package dev.kiln.it;

import dev.kiln.KilnApplication;

/**
 * The application the runtime tests start: it serves {@link ScalarsApi}, {@link DocumentsApi},
 * {@link SecureApi} and {@link ValidationApi}.
 */
@KilnApplication
public final class TestApp {
    private TestApp() {}
}
