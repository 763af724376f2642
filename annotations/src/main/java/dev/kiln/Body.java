package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to the request body: JSON for records, enums, collections and scalars,
 * {@code text/plain} for {@code String}, {@code application/octet-stream} for {@code byte[]}.
 * At most one per method, and not on {@code GET} or {@code DELETE}.
 *
 * <pre>{@code
 * @Post @Status(201) Order create(@Body NewOrder order);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {
}
