package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets through an authenticated caller whose credentials grant every listed scope (a JWT's
 * {@code scope}/{@code scp} claim, an API key's configured scopes): {@code 401} when anonymous,
 * {@code 403} when a scope is missing. On a service interface it applies to every route without a rule
 * of its own; on a method it replaces the interface's rule.
 *
 * <pre>{@code
 * @Post @RequiresScopes("orders:write")
 * Order create(@Body @Valid NewOrder order);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScopes {
    /** The scopes the caller must hold, all of them; at least one. */
    String[] value();
}
