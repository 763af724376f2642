package dev.kiln.runtime.servicemap;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.management.ManagementSettings;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /kiln/service-map}: the system's services and the edges between them, JSON, {@code Cache-Control:
 * no-store}. Each application's compile-time graph (the registry resource the processor writes: services served,
 * typed clients with their routes, events and queues published and subscribed, repositories with their tables,
 * caches) merged over every instance in the registry, with the edges seen in this process's spans and every other
 * instance's ({@code calls}, {@code errors}, {@code p50Ms}, {@code p99Ms}) and their drift:
 * <pre>{@code
 * {"self":"orders","observed":true,
 *  "applications":[{"name":"orders","application":"com.example.OrdersApp",
 *     "instances":[{"id":"orders-…","uri":"http://10.0.0.5:8080","state":"UP","reachable":true}],
 *     "serves":[{"service":"orders","routes":[{"method":"GET","path":"/orders/{id}"}]}],
 *     "clients":[{"service":"catalog","routes":[{"method":"GET","path":"/products/{sku}"}]}],
 *     "publishes":[{"kind":"events","name":"orders","types":["orders.placed"]}],"subscribes":[],
 *     "repositories":[{"name":"OrderRepository","tables":["orders"]}],"caches":["products"]}],
 *  "edges":[{"from":"orders","to":"catalog","kind":"http","declared":true,"seen":true,"drift":null,
 *     "calls":42,"errors":1,"p50Ms":1.8,"p99Ms":12.5}]}
 * }</pre>
 * {@code ?scope=local} answers with this instance's part only (its application, the edges it saw, and since when
 * it observes): what the other instances read. {@code ?scope=system} is the default; another scope is a 400.
 *
 * <p>Configuration: {@value #TIMEOUT_KEY} (default 1 s) bounds the reading of each other instance;
 * {@value #GRACE_KEY} (default 10 min) is how long an application must have been observed before a declared edge
 * that carried no call is flagged {@code declared-not-seen}.
 *
 * <pre>{@code
 * routers.add(ServiceMapEndpoint.create(config, descriptor, instanceId, registry, telemetry, Clock.systemUTC()));
 * }</pre>
 */
public final class ServiceMapEndpoint extends OperationsEndpoint {
    /** Where it is served. */
    public static final String PATH = "/kiln/service-map";
    /** How long reading one other instance's map may take. */
    public static final String TIMEOUT_KEY = "kiln.service-map.timeout";
    /** How long an application is observed before its declared edges without calls are flagged. */
    public static final String GRACE_KEY = "kiln.service-map.declared-not-seen-after";
    /** Its descriptor: a service named {@code kiln-service-map}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-service-map",
            ServiceMapEndpoint.class.getName(), List.of(new RouteDescriptor("GET", PATH)));
    private static final Param SCOPE = Param.query("scope");

    private final ServiceMap map;

    private ServiceMapEndpoint(ServiceMap map) {
        super(DESCRIPTOR);
        this.map = map;
    }

    /**
     * The map of the instance {@code instanceId} of {@code descriptor}'s application, its graph read from the
     * registry resource on the class path of {@code descriptor}'s loader.
     */
    public static ServiceMapEndpoint create(KilnConfig config, ApplicationDescriptor descriptor, String instanceId,
                                            ServiceRegistry registry, Telemetry telemetry, Clock clock) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new ServiceMapEndpoint(new ServiceMap(descriptor.applicationName(), instanceId,
                ApplicationGraph.entry(descriptor, loader == null ? ServiceMapEndpoint.class.getClassLoader() : loader),
                registry, telemetry.serviceGraph().orElse(null),
                new RemoteMaps(config.getDuration(TIMEOUT_KEY, Duration.ofSeconds(1))),
                config.getDuration(GRACE_KEY, Duration.ofMinutes(10)), clock));
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", PATH, this::serviceMap);
    }

    private void serviceMap(ServerRequest req, ServerResponse res) {
        String scope = Params.query(req, SCOPE);
        if (scope != null && !scope.equals("local") && !scope.equals("system")) {
            throw new BadRequestException("Query parameter 'scope' must be 'local' or 'system'");
        }
        Responses.uncachedJson(res, 200, JsonTree.CODEC, "local".equals(scope) ? map.local()
                : map.system(ManagementSettings.credentials(req)));
    }
}
