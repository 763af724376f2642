package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets any authenticated caller through; an anonymous request gets {@code 401} with a
 * {@code WWW-Authenticate} challenge. On a service interface it applies to every route without a rule
 * of its own; on a method it replaces the interface's rule.
 *
 * <pre>{@code
 * @Service("orders") @Path("/orders") @Authenticated
 * public interface OrderApi {
 *     @Get("/{id}") Order get(@PathParam long id);
 *     @Get("/health") @PermitAll String health();
 * }
 * }</pre>
 *
 * The other rules are {@code jakarta.annotation.security.RolesAllowed}, {@code PermitAll} and
 * {@code DenyAll}, and {@link RequiresScopes}. The check is generated into the router and runs before any
 * parameter is read.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authenticated {}
