package dev.kiln.runtime.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of kiln-runtime-core, from {@code META-INF/kiln/version.properties} (written by the build). */
public final class KilnVersion {
    private static final String VERSION = read();

    private KilnVersion() {}

    /** {@code 0.1.0-SNAPSHOT}, or {@code unknown} when the resource is missing (classes run from an IDE). */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = KilnVersion.class.getResourceAsStream("/META-INF/kiln/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
