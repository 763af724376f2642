package dev.kiln.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs one test method against a fresh application started for it alone, configured with these
 * {@code "key=value"} pairs on top of the class's {@link KilnTest#properties()}; it is stopped after the method.
 * The method's parameters (and those of {@code @BeforeEach} / {@code @AfterEach} methods run around it) come from
 * that application; the class's application keeps running meanwhile.
 *
 * <pre>{@code
 * @Test
 * @KilnTestProperties({"greetings.prefix=Yo", "kiln.access-log.enabled=true"})
 * void greetsWithTheOverride(GreetingApi client) {
 *     assertEquals("Yo, Ada", client.greet("Ada", 1).text());
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KilnTestProperties {
    /** {@code "key=value"} pairs; a key given by the class too takes this value. */
    String[] value();
}
