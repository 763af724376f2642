package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a method of a {@link Path @Path} interface to HTTP {@code PUT}.
 *
 * <pre>{@code
 * @Put("/{id}") Order get(@PathParam long id);
 * }</pre>
 *
 * <p>The value is a sub-path appended to the interface's {@link Path}; it may hold
 * {@code {name}} variables bound by {@link PathParam}. Empty means the interface path itself.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Put {
    /** Sub-path below the interface path, e.g. {@code "/{id}"}; empty for the interface path. */
    String value() default "";
}
