package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value used when a query parameter or header is absent, written as it would appear on the wire.
 * It is checked at compile time against the parameter's type.
 *
 * <pre>{@code
 * @Get List<Order> list(@QueryParam @DefaultValue("20") int limit);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface DefaultValue {
    String value();
}
