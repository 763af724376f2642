package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a {@code {name}} variable of the route's path template. The name defaults to the Java parameter name.
 *
 * <pre>{@code
 * @Get("/{id}") Order get(@PathParam long id);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PathParam {
    /** Name of the path variable; empty means the Java parameter name. */
    String value() default "";
}
