package dev.kiln.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@code @KilnApplication} for a test class: once, before the first test, on a free port
 * ({@code server.port=0}) with the embedded defaults (in-memory registry, messaging and cache store; H2 unless the
 * configuration names a database), and stops it after the last. Test methods, lifecycle methods and constructors
 * take, as parameters, the application's {@link dev.kiln.runtime.boot.KilnHandle} and a typed client of any
 * {@code @Service} interface it serves, pointed at it.
 *
 * <pre>{@code
 * import dev.kiln.runtime.boot.KilnHandle;
 * import dev.kiln.test.KilnTest;
 * import dev.kiln.test.KilnTestProperties;
 * import org.junit.jupiter.api.Test;
 *
 * @KilnTest(value = HelloApp.class, properties = "greetings.prefix=Hi")
 * class HelloAppTest {
 *     @Test void greets(GreetingApi client, KilnHandle app) { ... }
 *
 *     @Test @KilnTestProperties("greetings.prefix=Yo")   // a fresh application for this method only
 *     void other(GreetingApi client) { ... }
 * }
 * }</pre>
 *
 * <p>The application is found through the {@code Kiln<App>Launcher} that Kiln's processor writes next to it and
 * lists in {@code META-INF/services/dev.kiln.runtime.boot.KilnLauncher}: no reflection on the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KilnExtension.class)
public @interface KilnTest {
    /** The {@code @KilnApplication} class to start. */
    Class<?> value();

    /**
     * Configuration for this class's application, {@code "key=value"} each; they win over {@code application.yaml},
     * system properties and the environment, like {@code --key=value} arguments.
     */
    String[] properties() default {};
}
