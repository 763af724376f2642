package dev.kiln.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnLauncher;
import dev.kiln.test.app.EchoApp;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** Finding a launcher when a class folder still lists one that is gone (an application renamed, no clean). */
class LaunchersTest {

    @Test
    void aStaleLineDoesNotHideTheOtherLaunchers(@TempDir Path stale) throws IOException {
        try (URLClassLoader loader = withServicesFile(stale, "dev.kiln.test.app.KilnRenamedAppLauncher", "dev.kiln.test.app.KilnEchoAppLauncher")) {
            KilnLauncher launcher = Launchers.of(EchoApp.class, loader);

            assertEquals(EchoApp.class, launcher.application());
            assertEquals(List.of(dev.kiln.test.app.EchoApi.class), launcher.served());
        }
    }

    @Test
    void aMissingLauncherNamesTheStaleLinesToo(@TempDir Path stale) throws IOException {
        try (URLClassLoader loader = withServicesFile(stale, "dev.kiln.test.app.KilnRenamedAppLauncher", "dev.kiln.test.app.KilnEchoAppLauncher")) {
            String message = assertThrows(ExtensionConfigurationException.class,
                    () -> Launchers.of(String.class, loader)).getMessage();

            assertTrue(message.contains("Applications with a launcher: dev.kiln.test.app.EchoApp."), message);
            assertTrue(message.contains("could not be loaded (rebuild with mvn clean verify)"), message);
            assertTrue(message.contains("KilnRenamedAppLauncher"), message);
        }
    }

    /**
     * This class path with its own services files hidden, and a folder whose services file lists {@code lines} in
     * this order (the stale line first, so that it is met before the launcher looked for).
     */
    private static URLClassLoader withServicesFile(Path folder, String... lines) throws IOException {
        Path file = folder.resolve("META-INF/services/" + KilnLauncher.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        ClassLoader classesOnly = new ClassLoader(LaunchersTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, classesOnly);
    }
}
