package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a request header. Wrap in {@code Optional} or give a {@link DefaultValue} to make it optional; use {@code List} or {@code Set} for repeated headers.
 *
 * <pre>{@code
 * @Delete("/{id}") void cancel(@PathParam long id, @Header("X-Reason") Optional<String> reason);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {
    /** Name of the header; empty means the Java parameter name. */
    String value() default "";
}
