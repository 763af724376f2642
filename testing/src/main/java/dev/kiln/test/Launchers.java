package dev.kiln.test;

import dev.kiln.runtime.boot.KilnLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds the generated launcher of an application among those listed in
 * {@code META-INF/services/dev.kiln.runtime.boot.KilnLauncher}: one file per compilation that holds an application
 * (each application's jar or class folder brings its own), all read by {@link ServiceLoader}.
 */
final class Launchers {
    private Launchers() {}

    static KilnLauncher of(Class<?> application) {
        List<String> found = new ArrayList<>();
        try {
            for (KilnLauncher launcher : ServiceLoader.load(KilnLauncher.class, application.getClassLoader())) {
                if (launcher.application() == application) {
                    return launcher;
                }
                found.add(launcher.application().getName());
            }
        } catch (ServiceConfigurationError e) {
            // A services file naming a class that is gone: a stale build output.
            throw new ExtensionConfigurationException("Kiln could not load the launchers listed in"
                    + " META-INF/services/" + KilnLauncher.class.getName() + " (" + e.getMessage()
                    + "): rebuild the project (mvn clean verify).", e);
        }
        throw new ExtensionConfigurationException("@KilnTest(" + application.getSimpleName() + ".class): no Kiln"
                + " launcher for " + application.getName() + " on the test class path. Either "
                + application.getSimpleName() + " is not annotated @KilnApplication, or Kiln's processor did not run on"
                + " the compilation that holds it: add dev.kiln:kiln-processor to maven-compiler-plugin's"
                + " annotationProcessorPaths (with -proc:full on JDK 23+) and rebuild. Applications with a launcher: "
                + (found.isEmpty() ? "none" : String.join(", ", found)) + ".");
    }
}
