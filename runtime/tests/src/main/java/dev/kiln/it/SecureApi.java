package dev.kiln.it;

import dev.kiln.Authenticated;
import dev.kiln.Body;
import dev.kiln.Filters;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.RateLimit;
import dev.kiln.RequiresScopes;
import dev.kiln.Service;
import dev.kiln.Status;
import dev.kiln.runtime.security.Principal;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every security rule, every rate-limit key and filters on the interface and a method: the routes the
 * security, rate-limit and filter suites call. Any authenticated caller by default (the interface's rule).
 */
@Service("secure")
@Path("/secure")
@Authenticated
@Filters(OuterFilter.class)
public interface SecureApi {

    /** The interface's rule; the principal injected: {@code name|scheme|roles|scopes}. */
    @Get("/me")
    String me(Principal principal);

    @Get("/admin")
    @RolesAllowed("admin")
    String admin();

    @Get("/reports")
    @RolesAllowed({"admin", "auditor"})
    String reports();

    @Get("/orders")
    @RequiresScopes("orders:read")
    String readOrders();

    @Post("/orders")
    @Status(201)
    @RequiresScopes({"orders:read", "orders:write"})
    String writeOrder(@Body String note);

    @Get("/closed")
    @DenyAll
    String closed();

    @Get("/public")
    @PermitAll
    String open();

    /** Three requests an hour per client address. */
    @Get("/limited")
    @PermitAll
    @RateLimit(permits = 3, per = "1h")
    String limited();

    /** Two requests an hour per principal. */
    @Get("/limited-per-user")
    @RateLimit(permits = 2, per = "1h", key = RateLimit.Key.PRINCIPAL)
    String limitedPerUser(Principal principal);

    /** Two requests an hour for everyone together. */
    @Get("/limited-global")
    @PermitAll
    @RateLimit(permits = 2, per = "1h", key = RateLimit.Key.GLOBAL)
    String limitedGlobal();

    /** Behind the interface's filter, then its own two: the trail they leave says in which order they ran. */
    @Get("/filtered")
    @PermitAll
    @Filters({InnerFilter.class, BlockingFilter.class})
    String filtered();
}
