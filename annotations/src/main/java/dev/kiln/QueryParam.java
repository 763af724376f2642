package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a query parameter. Wrap in {@code Optional} or give a {@link DefaultValue} to make it optional; use {@code List} or {@code Set} for repeated parameters.
 *
 * <pre>{@code
 * @Get List<Order> list(@QueryParam Optional<String> customer, @QueryParam @DefaultValue("20") int limit);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface QueryParam {
    /** Name of the query parameter; empty means the Java parameter name. */
    String value() default "";
}
