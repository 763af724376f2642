package secure;

import dev.kiln.Authenticated;
import dev.kiln.Body;
import dev.kiln.Delete;
import dev.kiln.Filters;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.RateLimit;
import dev.kiln.RequiresScopes;
import dev.kiln.Service;
import dev.kiln.Status;
import dev.kiln.runtime.security.Principal;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.List;

/**
 * Every rule, every rate-limit key, interface and method filters, Principal parameters, and a validated body:
 * the order of a handler is rule, limit, binding, validation, call.
 */
@Service("orders")
@Path("/orders")
@Authenticated
@RateLimit(permits = 100, per = "1m")
@Filters(AuditFilter.class)
public interface OrderApi {

    /** The interface's rule, limit and filter. */
    @Get("/{id}")
    Order get(@PathParam long id);

    /**
     * Its own rule, limit (per principal) and filter, after the interface's; takes the principal first; the
     * body is validated.
     */
    @Post
    @Status(201)
    @RolesAllowed({"admin", "clerk"})
    @RateLimit(permits = 10, per = "30s", key = RateLimit.Key.PRINCIPAL)
    @Filters(TraceFilter.class)
    Order create(Principal principal, @Body @Valid NewOrder order);

    @Delete("/{id}")
    @DenyAll
    void cancel(@PathParam long id);

    /** Open to everyone, and still limited by the interface. */
    @Get("/health")
    @PermitAll
    String health();

    /** A scope, one budget for everyone, and the principal under another name. */
    @Get("/mine")
    @RequiresScopes("orders:read")
    @RateLimit(permits = 5, per = "500ms", key = RateLimit.Key.GLOBAL)
    List<Order> mine(Principal caller);
}
