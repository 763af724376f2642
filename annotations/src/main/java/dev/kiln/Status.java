package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The status a route answers with on success. Defaults to {@code 200}, or {@code 204} for {@code void}.
 *
 * <pre>{@code
 * @Post @Status(201) Order create(@Body NewOrder order);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Status {
    int value();
}
