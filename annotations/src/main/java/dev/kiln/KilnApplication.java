package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root class of an application. For a class {@code ShopApp}, Kiln generates
 * {@code KilnShopApp}, whose {@code run(String[])} builds the dependency graph, starts components
 * in dependency order, serves every {@link Service} implemented in this compilation, and stops
 * everything in reverse order on shutdown.
 *
 * <pre>{@code
 * @KilnApplication
 * public final class ShopApp {
 *     public static void main(String[] args) { KilnShopApp.run(args); }
 * }
 * }</pre>
 *
 * <p>An injected {@link Service} interface with no implementation in the application is bound to its
 * generated client, which reads its base URI from {@code kiln.clients.<service>.uri}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface KilnApplication {
    /**
     * The application's name: its consumer group, registry entry and CloudEvents source. Empty (the default)
     * means the class's simple name without a trailing {@code App} or {@code Application}, in kebab-case
     * ({@code OrdersApp} → {@code orders}, {@code ShopFrontApplication} → {@code shop-front});
     * {@code kiln.application.name} overrides both at run time.
     */
    String name() default "";

    /**
     * Dagger modules of the application's own bindings (a {@code Clock}, a data source...), added to the
     * generated component next to Kiln's.
     */
    Class<?>[] modules() default {};

    /**
     * When true, every route the application serves must carry an explicit security rule
     * ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll}, {@link Authenticated} or
     * {@link RequiresScopes}, on the method or its interface); a route without one fails compilation with
     * {@code [KilnSecurityRuleMissing]} on its method.
     */
    boolean requireSecurityRules() default false;
}
