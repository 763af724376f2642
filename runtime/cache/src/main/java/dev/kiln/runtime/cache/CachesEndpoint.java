package dev.kiln.runtime.cache;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.MethodNotAllowedException;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;

/**
 * The caches' operations endpoints, JSON, {@code Cache-Control: no-store}, over {@link Caches}:
 * <ul>
 *   <li>{@code GET /kiln/caches} → {@code {"caches":[{"name":"products","store":"redis","size":12,"hits":340,
 *   "misses":12,"loads":12,"loadFailures":0,"evictions":3,"evictedBySizeOrTtl":0,"ttlMillis":300000,
 *   "maxSize":10000}]}}, this instance's figures (see {@link CacheStatistics});</li>
 *   <li>{@code GET /kiln/caches/{name}} → that cache's object;</li>
 *   <li>{@code DELETE /kiln/caches/{name}} → {@code {"name":"products","cleared":true}}: every entry evicted (on
 *   every instance, with a shared store).</li>
 * </ul>
 * A cache the application does not use is a 404 problem. Clearing changes state: it is served only when
 * {@value #WRITE} is {@code true} (default {@code false}; otherwise a 405 problem naming the key, with
 * {@code Allow: GET}), as actuators expose no write operation unless told to. Registered through
 * {@link KilnRoutes}, so the application's global filters (security) guard every route. Pass it with the routers:
 *
 * <pre>{@code
 * KilnBoot.builder(config, DESCRIPTOR).routers(List.of(new OrderApiRouter(...), component.cachesEndpoint()))
 * }</pre>
 */
public final class CachesEndpoint extends OperationsEndpoint {
    /** {@code kiln.cache.endpoint.write}: whether clearing a cache is served (default false). */
    public static final String WRITE = CacheSettings.WRITE;
    private static final String BASE = "/kiln/caches";
    private static final String ONE = BASE + "/{name}";
    /** Its descriptor: a service named {@code kiln-caches}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-caches",
            CachesEndpoint.class.getName(), List.of(new RouteDescriptor("GET", BASE), new RouteDescriptor("GET", ONE),
            new RouteDescriptor("DELETE", ONE)));
    private static final Param NAME = Param.path("name");

    private final Caches caches;
    private final boolean write;

    /** Read-only: clearing answers 405. */
    public CachesEndpoint(Caches caches) {
        this(caches, false);
    }

    /** With clearing served when {@code write} ({@value #WRITE}). */
    public CachesEndpoint(Caches caches, boolean write) {
        super(DESCRIPTOR);
        this.caches = Objects.requireNonNull(caches, "caches");
        this.write = write;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", BASE, this::overview);
        routes.add("GET", ONE, this::one);
        routes.add("DELETE", ONE, this::clear);
    }

    private void overview(ServerRequest req, ServerResponse res) {
        Responses.uncachedJson(res, 200, CachesJson.OVERVIEW, caches.statistics());
    }

    private void one(ServerRequest req, ServerResponse res) {
        String name = Params.path(req, NAME);
        CacheStatistics cache = caches.statistics(name).orElseThrow(() -> unknown(name));
        Responses.uncachedJson(res, 200, CachesJson.CACHE, cache);
    }

    private void clear(ServerRequest req, ServerResponse res) {
        if (!write) {
            throw new MethodNotAllowedException("Clearing caches over HTTP is off: set " + WRITE + "=true (and guard"
                    + " /kiln/** with a security rule)").withHeader(HeaderNames.ALLOW, "GET");
        }
        String name = Params.path(req, NAME);
        if (!caches.clear(name)) {
            throw unknown(name);
        }
        Responses.uncachedJson(res, 200, CachesJson.CLEARED, name);
    }

    private static HttpException unknown(String name) {
        return HttpException.notFound("The application has no cache named '" + name + "'");
    }
}
