package dev.kiln.runtime.http;

import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Runs around a route's handler. A filter goes on with {@code next.proceed(req, res)}, or answers
 * {@code res} itself and returns to cut the request short. It sees the matched route, and can read and
 * set request attributes in {@code req.context()}. Filters are composed once, when the routes are
 * registered; nothing is looked up per request.
 *
 * <p>Global filters are contributed to the application's graph as a set
 * ({@code @Provides @IntoSet KilnFilter}); a service or route names more with {@code @Filters}. They run
 * by ascending {@link #order()}; for equal orders global filters first (among themselves by class name),
 * then the service's, then the route's. Kiln's request timeout is always the outermost.
 *
 * <pre>{@code
 * final class TenantFilter implements KilnFilter {
 *     @Inject TenantFilter() {}
 *
 *     @Override
 *     public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
 *         String tenant = req.headers().first(TENANT).orElse(null);
 *         if (tenant == null) {
 *             throw HttpException.badRequest("Header 'X-Tenant' is required by " + route.path());
 *         }
 *         req.context().register("tenant", tenant);
 *         next.proceed(req, res);
 *     }
 * }
 * }</pre>
 */
public interface KilnFilter {

    /** Handles the request, usually by calling {@code next} once. Exceptions are answered as problems. */
    void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception;

    /**
     * Whether this filter wraps {@code route} at all, asked once when the route is registered: a filter meant for
     * some routes only (Kiln's management roles guard {@code /kiln/**} and {@code /metrics}) costs the others nothing
     * per request. The default: every route.
     */
    default boolean appliesTo(RouteDescriptor route) {
        return true;
    }

    /** Lower runs first (outermost). Kiln's own filters use negative orders; the default is {@code 0}. */
    default int order() {
        return 0;
    }

    /** The rest of the chain: the next filter, or the route's handler. */
    @FunctionalInterface
    interface Next {
        /** Runs the rest of the chain for this request. */
        void proceed(ServerRequest req, ServerResponse res) throws Exception;
    }
}
