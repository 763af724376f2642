package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.errors.ErrorRecorder;
import dev.kiln.runtime.errors.ErrorTracker;
import dev.kiln.runtime.errors.ErrorsEndpoint;
import dev.kiln.runtime.http.ClientAborts;
import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.ExceptionMapper;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.ProblemDirectHandler;
import dev.kiln.runtime.http.ServerTelemetry;
import dev.kiln.runtime.health.DeadlockHealthCheck;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthEndpoint;
import dev.kiln.runtime.health.HealthProbe;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.log.KilnLogging;
import dev.kiln.runtime.log.LogBudget;
import dev.kiln.runtime.lifecycle.LifecycleComponent;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.telemetry.MetricsEndpoint;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.telemetry.TracesEndpoint;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.RegistryEndpoint;
import dev.kiln.runtime.management.DashboardEndpoint;
import dev.kiln.runtime.management.ManagementSettings;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.servicemap.ServiceMapEndpoint;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;

/**
 * Starts an application: its lifecycle components in dependency order (each bounded by
 * {@code kiln.lifecycle.start-timeout}), then a Helidon WebServer serving its routers, the health probes and
 * {@code /kiln/registry}; then it registers the services and supervises the {@code @Supervised} components.
 * Generated {@code KilnXxxApp.start(config)} calls this; tests can call it with hand-built routers.
 *
 * <p>Configuration: {@code server.port} (default 8080, {@code 0} picks a free port),
 * {@code server.host} (default {@code 0.0.0.0}), {@code server.max-payload-size} (default {@code 10MB};
 * larger bodies answer 413), {@code server.shutdown-timeout} (default {@code 10s}),
 * {@code server.advertised-host} (the host put in registry entries; default {@code localhost} for a
 * wildcard bind address, else the bind host), {@code server.request-timeout} (default {@code 0s}: off;
 * {@code 30s} is a usual value; a request that has not begun its answer by then gets a 503 problem and its
 * handler is interrupted), the limits on clients ({@code server.header-timeout}, {@code server.body-read-timeout},
 * {@code server.idle-timeout}, {@code server.max-request-line}, {@code server.max-header-size},
 * {@code server.max-header-count}, {@code server.max-connections}, {@code server.max-concurrent-requests}: see
 * {@code docs/hardening.md}), {@code kiln.access-log.enabled} (default {@code false}; one record per
 * request on the {@code kiln.access} logger), {@code kiln.log.format} ({@code text}, {@code json}, {@code ecs},
 * {@code logstash}; see {@link KilnLogging}), {@code kiln.errors.*} ({@link ErrorTracker}), {@code kiln.cors.*} (off unless
 * {@code kiln.cors.allowed-origins} is set; also {@code allowed-methods}, {@code allowed-headers},
 * {@code exposed-headers}, {@code allow-credentials}, {@code max-age}), {@code kiln.lifecycle.*} and
 * {@code kiln.health.timeout} (see {@code docs/lifecycle.md} and {@code docs/health.md}).
 *
 * <p>Every request, matched or not, passes these filters, outermost first: request id ({@code X-Request-Id}
 * accepted or created, echoed, in the log context), access log, CORS. A matched route then runs behind the
 * request timeout, the global {@link KilnFilter}s (by order, then class name), the service's and the route's
 * own filters. {@code docs/filters.md} has the details. The health routes ({@code /health},
 * {@code /health/live}, {@code /health/ready}, {@code /health/started}) are registered on Helidon's routing directly:
 * the server filters apply to them, the {@link KilnFilter}s (and so security rules and rate limits) and the request
 * timeout do not. With {@linkplain Builder#telemetry telemetry} on, each route and the 404/405 fallback run inside their
 * SERVER span ({@link ServerTelemetry}), outermost of the route; the health routes and Kiln's own endpoints get none.
 * Kiln's own endpoints ({@link OperationsEndpoint}s: {@code /kiln/registry}, {@code /kiln/errors}
 * ({@link ErrorsEndpoint}), {@code /kiln/service-map} ({@link ServiceMapEndpoint}: with live edges only with an SDK),
 * {@code /kiln/dashboard} ({@link DashboardEndpoint}), and {@code /metrics}
 * ({@link MetricsEndpoint}) and {@code /kiln/traces} when the {@link Telemetry} carries an SDK (kiln-runtime-telemetry
 * present), with the application's own such as {@code /kiln/messaging}) are served like routers, behind the
 * {@link KilnFilter}s, and not announced; {@code kiln.management.*} ({@link ManagementSettings}) turns them off or
 * requires roles for them. An SDK also records the registry, health and lifecycle states as gauges and is closed last
 * when the application stops.
 *
 * <pre>{@code
 * try (KilnHandle app = KilnBoot.start(KilnConfig.of(Map.of("server.port", "0")), DESCRIPTOR,
 *         List.of(orderService), List.of(new OrderApiRouter(orderService)))) {
 *     URI base = app.uri();   // http://localhost:41234
 * }
 * }</pre>
 */
public final class KilnBoot {
    private static final System.Logger LOGGER = System.getLogger(KilnBoot.class.getName());

    /** Overrides the application's name ({@code @KilnApplication(name)}): registry entries, consumer group. */
    public static final String APPLICATION_NAME_KEY = "kiln.application.name";

    private KilnBoot() {}

    /**
     * Starts initialising Helidon's routing and server classes on a background thread, so that they are ready,
     * or nearly, when {@link Builder#start()} needs them: their static set-up (Helidon's service registry
     * among it) takes about as long as reading the configuration and building the graph, which happen
     * meanwhile on the calling thread. Nothing is built or kept; the JVM runs each class initialiser once, so
     * the start-up waits for any it needs that is still running. Generated applications call it first thing
     * in {@code run}; a failure here only means the start-up does that work itself.
     */
    public static void preload() {
        Thread.ofPlatform().name("kiln-preload").daemon().start(() -> {
            try {
                HttpRouting.builder();
                WebServer.builder();
            } catch (RuntimeException | LinkageError e) {
                LOGGER.log(System.Logger.Level.DEBUG, "Preloading Helidon's server classes failed", e);
            }
        });
    }

    /** Starts with a fresh {@link InMemoryServiceRegistry}, no global filters and no exception mappers. */
    public static KilnHandle start(KilnConfig config, ApplicationDescriptor descriptor,
                                   List<? extends Lifecycle> lifecycle, List<? extends KilnRouter> routers) {
        return builder(config, descriptor).lifecycle(lifecycle).routers(routers).start();
    }

    /** Starts with no global filters and no exception mappers. */
    public static KilnHandle start(KilnConfig config, ApplicationDescriptor descriptor, ServiceRegistry registry,
                                   List<? extends Lifecycle> lifecycle, List<? extends KilnRouter> routers) {
        return builder(config, descriptor).registry(registry).lifecycle(lifecycle).routers(routers).start();
    }

    /** A start-up of {@code descriptor}'s application on {@code config}; see {@link Builder}. */
    public static Builder builder(KilnConfig config, ApplicationDescriptor descriptor) {
        return new Builder(config, descriptor);
    }

    /**
     * What an application starts with. Generated applications pass what their graph holds:
     *
     * <pre>{@code
     * KilnBoot.builder(config, DESCRIPTOR)
     *         .registry(component.serviceRegistry())
     *         .filters(component.filters())
     *         .exceptionMappers(component.exceptionMappers())
     *         .healthChecks(component.healthChecks())
     *         .components(List.of(LifecycleComponent.of("OrderStore", component.orderStore())))
     *         .routers(List.of(new OrderApiRouter(component.orderApi())))
     *         .start();
     * }</pre>
     */
    public static final class Builder {
        private final KilnConfig config;
        private final ApplicationDescriptor descriptor;
        private ServiceRegistry registry;
        private List<LifecycleComponent> components = List.of();
        private List<? extends KilnRouter> routers = List.of();
        private Collection<? extends KilnFilter> filters = List.of();
        private Collection<? extends ExceptionMapper<?>> exceptionMappers = List.of();
        private Collection<? extends HealthCheck> healthChecks = List.of();
        private ErrorTracker errors;
        private Telemetry telemetry = Telemetry.noop();
        // Replaced by tests, so that supervision runs on time they drive.
        private Clock clock = Clock.systemUTC();
        private SupervisorScheduler scheduler;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private IntConsumer exit = System::exit;

        private Builder(KilnConfig config, ApplicationDescriptor descriptor) {
            this.config = Objects.requireNonNull(config, "config");
            this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        }

        /** Where the application's services are registered; a fresh in-memory registry when not set. */
        public Builder registry(ServiceRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Components started in this order before the server, stopped in reverse after it; each depends on
         * every one before it and none is supervised. Generated applications call {@link #components} instead.
         */
        public Builder lifecycle(List<? extends Lifecycle> lifecycle) {
            this.components = Components.chain(List.copyOf(lifecycle));
            return this;
        }

        /**
         * The application's components with their names, dependencies and supervision, dependencies first;
         * started before the server, stopped in reverse after it. A supervised one is restarted, with everything
         * that depends on it, when its own health check stays DOWN (see {@code docs/lifecycle.md}).
         */
        public Builder components(List<LifecycleComponent> components) {
            this.components = List.copyOf(components);
            return this;
        }

        /** The application's health checks, answered on {@code /health} and its probes. */
        public Builder healthChecks(Collection<? extends HealthCheck> healthChecks) {
            this.healthChecks = List.copyOf(healthChecks);
            return this;
        }

        /** The routers served. */
        public Builder routers(List<? extends KilnRouter> routers) {
            this.routers = List.copyOf(routers);
            return this;
        }

        /** Global filters: every route runs behind them, by {@link KilnFilter#order()}. */
        public Builder filters(Collection<? extends KilnFilter> filters) {
            this.filters = List.copyOf(filters);
            return this;
        }

        /** Mappers from application exceptions to problem answers. */
        public Builder exceptionMappers(Collection<? extends ExceptionMapper<?>> exceptionMappers) {
            this.exceptionMappers = List.copyOf(exceptionMappers);
            return this;
        }

        /**
         * Where unexpected failures are grouped and counted, served on {@code /kiln/errors}; the graph's one
         * ({@code KilnRuntimeModule}), else one sized by {@code kiln.errors.*} over the descriptor's packages.
         */
        public Builder errorTracker(ErrorTracker errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        /**
         * The graph's OpenTelemetry ({@code KilnRuntimeModule}); {@link Telemetry#noop()} when not set, and then no
         * span or measurement is made.
         */
        public Builder telemetry(Telemetry telemetry) {
            this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
            return this;
        }

        /** Supervision runs on {@code clock} and {@code scheduler}, with jitter from {@code random} (tests). */
        Builder supervisionTiming(Clock clock, SupervisorScheduler scheduler, DoubleSupplier random) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** What {@code kiln.lifecycle.exit-on-failure} calls with status 1 instead of {@link System#exit} (tests). */
        Builder exitHook(IntConsumer exit) {
            this.exit = Objects.requireNonNull(exit, "exit");
            return this;
        }

        /**
         * Starts each component in order (a failure or a start past {@code kiln.lifecycle.start-timeout} stops
         * those already started, in reverse, and is rethrown), starts the server, registers each router's
         * service in the registry under the server's URI, starts supervising and installs a shutdown hook that
         * closes the returned handle.
         */
        public KilnHandle start() {
            return KilnBoot.start(this);
        }
    }

    private static KilnHandle start(Builder app) {
        KilnConfig config = app.config;
        ApplicationDescriptor descriptor = named(app.descriptor, config);
        // First, so that everything the start logs is in the configured format.
        KilnLogging.install(config, descriptor.applicationName());
        ServiceRegistry registry = app.registry == null ? new InMemoryServiceRegistry() : app.registry;
        ErrorTracker errors = app.errors == null ? ErrorTracker.from(config, descriptor.packages()) : app.errors;
        // One id for the application instance, shared by every service it serves (and known to its dashboard).
        String instanceId = descriptor.applicationName() + "-" + UUID.randomUUID();
        ManagementSettings management = ManagementSettings.from(config);
        management.requireGuard(app.filters, descriptor.applicationName());
        List<KilnRouter> allRouters = new ArrayList<>(app.routers);
        if (management.enabled()) {
            allRouters.add(new RegistryEndpoint(registry));
            allRouters.add(new ErrorsEndpoint(errors, descriptor.applicationName()));
            app.telemetry.metrics().ifPresent(metrics -> allRouters.add(new MetricsEndpoint(metrics)));
            app.telemetry.traces().ifPresent(traces -> allRouters.add(new TracesEndpoint(traces, descriptor.applicationName())));
            allRouters.add(new DashboardEndpoint(registry, descriptor.applicationName(), instanceId));
            allRouters.add(ServiceMapEndpoint.create(config, descriptor, instanceId, registry, app.telemetry, app.clock));
        } else {
            // kiln.management.enabled=false: none of Kiln's own endpoints, the application's (messaging, caches) too.
            allRouters.removeIf(router -> router instanceof OperationsEndpoint);
        }
        ServerSettings settings = ServerSettings.from(config);
        LifecycleSettings lifecycle = LifecycleSettings.from(config);
        Drain drain = new Drain();
        ServerFilters builtIn = ServerFilters.from(config, settings, drain);
        Components components = Components.of(app.components, lifecycle.startTimeout());
        HealthProbe probe = new HealthProbe(lifecycle.healthTimeout());
        List<HealthCheck> checks = healthChecks(components, registry, app.healthChecks);
        HealthEndpoint health = new HealthEndpoint(checks, probe);
        StateGauges.register(app.telemetry, registry, probe, checks, components::statuses);

        try {
            components.startAll();
        } catch (RuntimeException | Error e) {
            app.telemetry.close();   // the SDK's spans of the failed start are exported, its threads end
            throw e;
        }
        ClientAborts aborts = new ClientAborts(app.telemetry);
        LogBudget failures = LogBudget.serverFailures();
        WebServer server;
        ConnectionGuard guard = null;
        try {
            WebServerConfig.Builder serverConfig = WebServer.builder();
            guard = ConnectionGuard.configure(serverConfig, settings.limits(), aborts);
            server = serverConfig
                    .host(settings.host())
                    .port(settings.port())
                    .maxPayloadSize(settings.maxPayloadSize())
                    .shutdownGracePeriod(settings.shutdownTimeout())
                    // Our hook closes the handle: server, registry and components, in that order.
                    .shutdownHook(false)
                    .directHandlers(directHandlers(settings.maxPayloadSize(), aborts, failures))
                    // Hands Helidon's description of a malformed request to the direct handler, which puts it
                    // in 4xx problems only; 5xx details never leave the server (see ProblemDirectHandler).
                    .errorHandling(e -> e.includeEntity(true))
                    .routing(routing(allRouters, builtIn, app.filters, app.exceptionMappers, errors, aborts, failures,
                            health, app.telemetry))
                    .build()
                    .start();
            guard.watch(server);
            if (!server.isRunning() || server.port() <= 0) {
                // Helidon logs a bind failure and returns a stopped server instead of throwing.
                throw new IllegalStateException("Kiln " + descriptor.name() + " could not start its server on "
                        + settings.host() + ":" + settings.port() + "; is the port in use? (server.port, server.host)");
            }
        } catch (RuntimeException | Error e) {
            LOGGER.log(System.Logger.Level.ERROR, () -> "Kiln " + descriptor.name() + " failed to start its server on "
                    + settings.host() + ":" + settings.port(), e);
            if (guard != null) {
                guard.close();
            }
            components.stopAll(e);
            app.telemetry.close();
            throw e;
        }

        URI uri = URI.create("http://" + uriHost(settings.advertisedHost()) + ":" + server.port());
        RegistryStatus registration = new RegistryStatus(registry, instances(instanceId, descriptor, allRouters, uri));
        boolean supervised = components.slots().stream().anyMatch(ComponentSlot::isSupervised);
        // No supervised component, no supervisor thread.
        Supervisor supervisor = !supervised ? null : new Supervisor(components, lifecycle, probe, app.clock,
                app.scheduler != null ? app.scheduler : SupervisorScheduler.singleThread(), app.random, app.exit);
        KilnHandle handle = new KilnHandle(descriptor, registry, server, drain, components, supervisor, registration, uri,
                app.telemetry);
        try {
            components.phase(LifecycleState.RUNNING);
            components.addListener(() -> registration.follow(components.isReady()));
            registration.register(components.isReady());
            if (supervisor != null) {
                supervisor.start();
            }
        } catch (RuntimeException | Error e) {
            LOGGER.log(System.Logger.Level.ERROR, () -> "Kiln " + descriptor.name() + " failed to register its services", e);
            handle.close();
            throw e;
        }
        handle.installShutdownHook();
        LOGGER.log(System.Logger.Level.INFO, () -> "Kiln " + descriptor.name() + " listening on http://"
                + uriHost(settings.host()) + ":" + server.port()
                + (settings.host().equals(settings.advertisedHost()) ? "" : " (registered as " + uri + ")"));
        return handle;
    }

    /** The built-in checks, then the application's by name (they come from a hash set). */
    private static List<HealthCheck> healthChecks(Components components, ServiceRegistry registry,
                                                  Collection<? extends HealthCheck> application) {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(new LifecycleHealthCheck(components));
        checks.add(LifecycleHealthCheck.started(components));
        checks.add(new DeadlockHealthCheck());
        checks.add(new RegistryHealthCheck(registry));
        application.stream().sorted(Comparator.comparing(HealthCheck::name)).forEach(checks::add);
        return checks;
    }

    /**
     * The descriptor under {@code kiln.application.name} when it is set (several deployments of one application
     * class under different names), else as generated.
     */
    private static ApplicationDescriptor named(ApplicationDescriptor descriptor, KilnConfig config) {
        String name = config.get(APPLICATION_NAME_KEY).map(String::strip).orElse("");
        if (name.isEmpty() || name.equals(descriptor.applicationName())) {
            return descriptor;
        }
        if (!name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Configuration '" + APPLICATION_NAME_KEY + "' is '" + name + "', which"
                    + " is not an application name: use lower-case letters, digits and single hyphens, starting with"
                    + " a letter, e.g. orders or shop-front");
        }
        return new ApplicationDescriptor(descriptor.name(), name, descriptor.services(), descriptor.clients(),
                descriptor.packages());
    }

    private static List<ServiceInstance> instances(String instanceId, ApplicationDescriptor descriptor,
                                                   List<? extends KilnRouter> routers, URI uri) {
        Instant startedAt = Instant.now();
        List<ServiceInstance> instances = new ArrayList<>(routers.size());
        for (KilnRouter router : routers) {
            if (!router.announced()) {
                continue;
            }
            instances.add(ServiceInstance.of(instanceId, descriptor.applicationName(), router.descriptor(), uri,
                    InstanceStatus.UP, startedAt));
        }
        return instances;
    }

    private static HttpRouting.Builder routing(List<? extends KilnRouter> routers, ServerFilters builtIn,
                                               Collection<? extends KilnFilter> filters,
                                               Collection<? extends ExceptionMapper<?>> exceptionMappers,
                                               ErrorRecorder errors, ClientAborts aborts, LogBudget failures,
                                               HealthEndpoint health, Telemetry telemetry) {
        HttpRouting.Builder routing = HttpRouting.builder();
        for (Filter filter : builtIn.server()) {
            routing.addFilter(filter);
        }
        ErrorResponses.install(routing, exceptionMappers, errors, aborts, failures);
        // Straight on Helidon's routing, before the routers: no KilnFilter (security, rate limits, the
        // application's own) stands between a platform's probe and its answer.
        health.register(routing);
        // The request timeout first, so that it stays outermost; then the graph's global filters, which come as
        // a hash set: equal orders are put in class-name order so that they run in the same order on every start.
        List<KilnFilter> global = new ArrayList<>();
        builtIn.requestTimeout().ifPresent(global::add);
        filters.stream()
                .sorted(Comparator.comparingInt(KilnFilter::order).thenComparing(f -> f.getClass().getName()))
                .forEach(global::add);
        // Without an SDK nothing is wrapped: the routes run exactly as without telemetry.
        ServerTelemetry traced = telemetry.enabled() ? new ServerTelemetry(telemetry) : null;
        KilnRoutes routes = new KilnRoutes(routing, global, traced);
        // Kiln's own endpoints are not traced: a dashboard polling them every few seconds would otherwise fill the
        // recent traces (and the route figures) with itself.
        KilnRoutes operations = new KilnRoutes(routing, global);
        for (KilnRouter router : routers) {
            router.routing(router instanceof OperationsEndpoint ? operations : routes);
        }
        // Registered last: only requests no router handled reach it.
        RouteFallback fallback = new RouteFallback(routers);
        if (traced == null) {
            routing.any(fallback);
        } else {
            // An operations path this application does not serve (a dashboard asks every instance for /kiln/caches)
            // is no more traced than the ones it serves.
            Handler unmatched = traced.unmatched(fallback);
            routing.any((req, res) -> (ManagementSettings.governs(req.path().path()) ? fallback : unmatched)
                    .handle(req, res));
        }
        return routing;
    }

    private static DirectHandlers directHandlers(long maxPayloadSize, ClientAborts aborts, LogBudget failures) {
        ProblemDirectHandler handler = new ProblemDirectHandler(maxPayloadSize, aborts, failures);
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    private static String uriHost(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
