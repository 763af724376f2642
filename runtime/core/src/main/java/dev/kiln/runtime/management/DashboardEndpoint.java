package dev.kiln.runtime.management;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.json.WriteOnlyCodec;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceRegistry;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The web dashboard, {@code GET /kiln/dashboard}: one HTML page, one script and one style sheet from this jar
 * ({@code META-INF/kiln/dashboard/}), nothing from anywhere else (its {@code Content-Security-Policy} allows this origin
 * only), so it works with the network cut. The page reads Kiln's JSON endpoints; those of the other instances of the
 * system it reads through this instance ({@link InstanceProxy}), so that one instance's dashboard shows the whole
 * system. Routes:
 * <ul>
 *   <li>{@code GET /kiln/dashboard} (the page), {@code GET /kiln/dashboard/dashboard.js}, {@code …/dashboard.css}</li>
 *   <li>{@code GET /kiln/dashboard/api/self} → {@code {"application":"orders","instance":"orders-…"}}: which instance
 *   of the registry the page is served by</li>
 *   <li>{@code GET|POST|DELETE /kiln/dashboard/api/instances/{id}/{path}}: {@code path} (an operations endpoint) of
 *   the registry's instance {@code id}; see {@link InstanceProxy}</li>
 * </ul>
 * Governed by {@code kiln.management.*} like every {@code /kiln/**} route ({@link ManagementSettings}).
 *
 * <pre>{@code
 * routers.add(new DashboardEndpoint(registry, "orders", instanceId));
 * }</pre>
 */
public final class DashboardEndpoint extends OperationsEndpoint {
    private static final String BASE = "/kiln/dashboard";
    private static final String PROXY = BASE + "/api/instances/{id}/{+path}";
    /** Its descriptor: a service named {@code kiln-dashboard}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-dashboard",
            DashboardEndpoint.class.getName(), List.of(new RouteDescriptor("GET", BASE),
            new RouteDescriptor("GET", BASE + "/{file}"), new RouteDescriptor("GET", BASE + "/api/self"),
            new RouteDescriptor("GET", PROXY), new RouteDescriptor("POST", PROXY),
            new RouteDescriptor("DELETE", PROXY)));
    private static final Param FILE = Param.path("file");
    private static final Param ID = Param.path("id");
    private static final Param PATH = Param.path("path");
    // The page may load and call only this origin: a CDN or any other host is refused by the browser itself.
    private static final Header POLICY = HeaderValues.createCached(HeaderNames.create("Content-Security-Policy"),
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    private static final Header NO_CACHE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-cache");
    private static final Header HTML = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8");
    private static final Map<String, Header> TYPES = Map.of(
            "dashboard.js", HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/javascript; charset=UTF-8"),
            "dashboard.css", HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "text/css; charset=UTF-8"));

    private final byte[] page;
    private final Map<String, byte[]> files;
    private final Self self;
    private final InstanceProxy proxy;

    /** The dashboard of instance {@code instanceId} of {@code application}, reading the others in {@code registry}. */
    public DashboardEndpoint(ServiceRegistry registry, String application, String instanceId) {
        this(application, instanceId, new InstanceProxy(registry));
    }

    DashboardEndpoint(String application, String instanceId, InstanceProxy proxy) {
        super(DESCRIPTOR);
        this.self = new Self(Objects.requireNonNull(application, "application"),
                Objects.requireNonNull(instanceId, "instanceId"));
        this.proxy = Objects.requireNonNull(proxy, "proxy");
        this.page = resource("index.html");
        this.files = Map.of("dashboard.js", resource("dashboard.js"), "dashboard.css", resource("dashboard.css"));
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", BASE, this::page);
        routes.add("GET", BASE + "/api/self", this::self);
        routes.add("GET", BASE + "/{file}", this::file);
        routes.add("GET", PROXY, this::proxy);
        routes.add("POST", PROXY, this::proxy);
        routes.add("DELETE", PROXY, this::proxy);
    }

    private void page(ServerRequest req, ServerResponse res) {
        send(res, HTML, page);
    }

    private void file(ServerRequest req, ServerResponse res) {
        String name = Params.path(req, FILE);
        byte[] body = files.get(name);
        if (body == null) {
            throw HttpException.notFound("The dashboard has no file '" + name + "'");
        }
        send(res, TYPES.get(name), body);
    }

    private void self(ServerRequest req, ServerResponse res) {
        Responses.uncachedJson(res, 200, SELF, self);
    }

    private void proxy(ServerRequest req, ServerResponse res) {
        proxy.forward(req, res, Params.path(req, ID), Params.path(req, PATH));
    }

    private static void send(ServerResponse res, Header type, byte[] body) {
        res.status(200);
        res.header(type);
        res.header(NO_CACHE);
        res.header(POLICY);
        res.send(body);
    }

    private static byte[] resource(String name) {
        String path = "/META-INF/kiln/dashboard/" + name;
        try (InputStream in = DashboardEndpoint.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("kiln-runtime-core lacks " + path + "; is the jar complete?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    private record Self(String application, String instance) {}

    private static final WriteOnlyCodec<Self> SELF = new WriteOnlyCodec<>() {
        @Override
        public void write(JsonGenerator g, Self value) {
            g.writeStartObject();
            g.writeStringProperty("application", value.application());
            g.writeStringProperty("instance", value.instance());
            g.writeEndObject();
        }
    };
}
