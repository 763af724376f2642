package dev.kiln.runtime.registry;

import dev.kiln.runtime.http.KilnHeaders;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonCodec;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * {@code GET /kiln/registry}: what this instance sees in its registry, services sorted by name, each
 * instance as {@link ServiceInstanceJsonCodec} writes it:
 * {@code {"services":{"pets":[{"id":…,"application":…,"service":"pets","uri":…,"status":"UP","startedAt":…,
 * "lastHeartbeat":…,"kilnVersion":…,"routesHash":…}]}}}, {@code Cache-Control: no-store}. The boot serves it as an
 * operations endpoint, behind the application's global filters, so that {@code kiln.management.*} governs it like the
 * rest of {@code /kiln/**}; it is also a plain Helidon {@link Handler}.
 *
 * <pre>{@code
 * routers.add(new RegistryEndpoint(registry));                      // through KilnBoot
 * routing.get("/kiln/registry", new RegistryEndpoint(registry));    // on Helidon's routing
 * }</pre>
 */
public final class RegistryEndpoint extends OperationsEndpoint implements Handler {
    /** Its descriptor: a service named {@code kiln-registry}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-registry",
            RegistryEndpoint.class.getName(), List.of(new RouteDescriptor("GET", "/kiln/registry")));
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");
    private static final JsonCodec<Map<String, List<ServiceInstance>>> VIEW = new ViewCodec();

    private final ServiceRegistry registry;

    /** The view of {@code registry}. */
    public RegistryEndpoint(ServiceRegistry registry) {
        super(DESCRIPTOR);
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/kiln/registry", this);
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        byte[] body = Json.encode(VIEW, registry.snapshot());
        res.status(200);
        res.header(KilnHeaders.CONTENT_TYPE_JSON);
        res.header(NO_STORE);
        res.send(body);
    }

    /** The whole document; only ever written. */
    private static final class ViewCodec implements JsonCodec<Map<String, List<ServiceInstance>>> {
        @Override
        public void write(JsonGenerator g, Map<String, List<ServiceInstance>> services) {
            g.writeStartObject();
            g.writeName("services");
            g.writeStartObject();
            for (Map.Entry<String, List<ServiceInstance>> service : services.entrySet()) {
                g.writeName(service.getKey());
                g.writeStartArray();
                for (ServiceInstance instance : service.getValue()) {
                    ServiceInstanceJsonCodec.INSTANCE.write(g, instance);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        @Override
        public Map<String, List<ServiceInstance>> read(JsonParser parser) {
            throw new UnsupportedOperationException("the registry view is only written");
        }
    }
}
