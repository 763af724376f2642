package dev.kiln.test;

import dev.kiln.runtime.boot.KilnLauncher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds the generated launcher of an application among those listed in
 * {@code META-INF/services/dev.kiln.runtime.boot.KilnLauncher}: one file per compilation output that holds an
 * application (each application's jar or class folder brings its own), all read by {@link ServiceLoader}.
 */
final class Launchers {
    private Launchers() {}

    static KilnLauncher of(Class<?> application) {
        return of(application, application.getClassLoader());
    }

    /** The launcher of {@code application} among those {@code loader} lists. */
    static KilnLauncher of(Class<?> application, ClassLoader loader) {
        List<String> found = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Iterator<KilnLauncher> launchers = ServiceLoader.load(KilnLauncher.class, loader).iterator();
        while (true) {
            KilnLauncher launcher;
            try {
                if (!launchers.hasNext()) {
                    break;
                }
                launcher = launchers.next();
            } catch (ServiceConfigurationError e) {
                // A line naming a class that is gone (an application renamed since the folder was last cleaned) must
                // not hide the others: ServiceLoader goes on to the next line.
                broken.add(e.getMessage());
                continue;
            }
            if (launcher.application() == application) {
                return launcher;
            }
            found.add(launcher.application().getName());
        }
        throw new ExtensionConfigurationException("@KilnTest(" + application.getSimpleName() + ".class): no Kiln"
                + " launcher for " + application.getName() + " on the test class path. Either "
                + application.getSimpleName() + " is not annotated @KilnApplication, or Kiln's processor did not run on"
                + " the compilation that holds it: add dev.kiln:kiln-processor to maven-compiler-plugin's"
                + " annotationProcessorPaths (with -proc:full on JDK 23+) and rebuild. Applications with a launcher: "
                + (found.isEmpty() ? "none" : String.join(", ", found)) + "."
                + (broken.isEmpty() ? "" : " Launchers that could not be loaded (rebuild with mvn clean verify): "
                        + String.join("; ", broken) + "."));
    }
}
