package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that is safe to send twice although its method is not idempotent by definition
 * ({@code POST}, {@code PATCH}). A typed client that discovers the service through the registry retries
 * an idempotent call on another instance when it cannot connect or gets 502, 503 or 504; GET, HEAD, PUT
 * and DELETE are idempotent without it.
 *
 * <pre>{@code
 * @Post("/{id}/refresh") @Idempotent
 * Order refresh(@PathParam long id);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Idempotent {}
