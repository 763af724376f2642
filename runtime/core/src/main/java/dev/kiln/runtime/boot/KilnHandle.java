package dev.kiln.runtime.boot;

import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running application. {@link #close()} (also run by the JVM shutdown hook on SIGTERM) deregisters
 * its services, stops accepting connections, lets in-flight requests finish for up to
 * {@code server.shutdown-timeout}, then stops lifecycle components in reverse start order.
 *
 * <pre>{@code
 * KilnHandle app = KilnShopApp.run(args);
 * HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri().resolve("/orders")).build(), ofString());
 * app.close();
 * }</pre>
 */
public final class KilnHandle implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(KilnHandle.class.getName());

    private final ApplicationDescriptor descriptor;
    private final ServiceRegistry registry;
    private final WebServer server;
    private final DrainFilter drain;
    private final LifecycleChain components;
    private final URI uri;
    private final List<ServiceInstance> registered = new ArrayList<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Thread shutdownHook;

    KilnHandle(ApplicationDescriptor descriptor, ServiceRegistry registry, WebServer server, DrainFilter drain,
               LifecycleChain components, URI uri, List<? extends KilnRouter> routers) {
        this.descriptor = descriptor;
        this.registry = registry;
        this.server = server;
        this.drain = drain;
        this.components = components;
        this.uri = uri;
        String instanceId = descriptor.applicationName() + "-" + UUID.randomUUID();
        Instant startedAt = Instant.now();
        for (KilnRouter router : routers) {
            ServiceInstance instance = ServiceInstance.of(instanceId, descriptor.applicationName(), router.descriptor(),
                    uri, InstanceStatus.UP, startedAt);
            registry.register(instance);
            registered.add(instance);
        }
    }

    /** The port the server listens on: the configured one, or the one picked for {@code server.port=0}. */
    public int port() {
        return server.port();
    }

    /** The base URI clients call, {@code http://host:port}; the one registered in the registry. */
    public URI uri() {
        return uri;
    }

    /** What the application serves and calls. */
    public ApplicationDescriptor descriptor() {
        return descriptor;
    }

    /** The registry its services are registered in. */
    public ServiceRegistry registry() {
        return registry;
    }

    /** True until {@link #close()} starts. */
    public boolean isRunning() {
        return !closing.get() && server.isRunning();
    }

    /**
     * Stops the application. Idempotent; a second caller waits for the first to finish, so the
     * shutdown hook does not let the JVM exit half way through an explicit close.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosed();
            return;
        }
        try {
            removeShutdownHook();
            // Leave the registry first so that no client is sent here while we drain.
            for (ServiceInstance instance : registered) {
                registry.deregister(instance);
            }
            drain.startDraining();
            server.stop();
            components.stop(null);
            LOGGER.log(System.Logger.Level.INFO, () -> "Kiln " + descriptor.name() + " stopped");
        } finally {
            closed.countDown();
        }
    }

    void installShutdownHook() {
        Thread hook = new Thread(this::close, "kiln-shutdown-" + descriptor.name());
        shutdownHook = hook;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // The JVM is already exiting; the hook is running or about to and will find us closed.
        }
    }

    private void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "KilnHandle[" + descriptor.name() + " at " + uri + "]";
    }
}
