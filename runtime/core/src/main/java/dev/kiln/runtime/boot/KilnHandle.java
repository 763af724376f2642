package dev.kiln.runtime.boot;

import dev.kiln.runtime.lifecycle.ComponentStatus;
import dev.kiln.runtime.lifecycle.LifecycleState;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running application: its address, its state and its components' states. {@link #close()} (also run by
 * the JVM shutdown hook on SIGTERM) stops supervision, turns readiness DOWN (state STOPPING), deregisters its
 * services, stops accepting connections, lets in-flight requests finish for up to
 * {@code server.shutdown-timeout}, stops the components in reverse start order, closes the registry and then the
 * OpenTelemetry SDK the graph owns (flushing its last spans and metrics).
 *
 * <pre>{@code
 * KilnHandle app = KilnShopApp.run(args);
 * app.state();        // RUNNING
 * app.components();   // [ComponentStatus[name=FeedPoller, state=RUNNING, supervised=true, restarts=0, ...], ...]
 * app.close();
 * }</pre>
 */
public final class KilnHandle implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(KilnHandle.class.getName());

    private final ApplicationDescriptor descriptor;
    private final ServiceRegistry registry;
    private final WebServer server;
    private final Drain drain;
    private final Components components;
    private final Supervisor supervisor;
    private final RegistryStatus registration;
    private final URI uri;
    private final Telemetry telemetry;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Thread shutdownHook;

    KilnHandle(ApplicationDescriptor descriptor, ServiceRegistry registry, WebServer server, Drain drain,
               Components components, Supervisor supervisor, RegistryStatus registration, URI uri,
               Telemetry telemetry) {
        this.descriptor = descriptor;
        this.registry = registry;
        this.server = server;
        this.drain = drain;
        this.components = components;
        this.supervisor = supervisor;
        this.registration = registration;
        this.uri = uri;
        this.telemetry = telemetry;
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
     * The application's state: RUNNING when every component runs; RECOVERING while a supervised component (or
     * one it depends on) is being restarted; FAILED once one has failed for good (the process keeps serving
     * what it can); STOPPING from {@link #close()} on, then STOPPED.
     */
    public LifecycleState state() {
        return components.state();
    }

    /** Whether it takes traffic: {@link #state()} is RUNNING. The registry status and {@code /health/ready} follow it. */
    public boolean isReady() {
        return components.isReady();
    }

    /** Each component's state, restarts, last failure and next attempt, in start order; a snapshot. */
    public List<ComponentStatus> components() {
        return components.statuses();
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
            // Nothing restarts from here on.
            if (supervisor != null) {
                supervisor.close();
            }
            // Readiness DOWN first (the registry entries follow it), then leave the registry, so that no
            // client or load balancer sends more here while we drain; the listener still accepts meanwhile.
            components.phase(LifecycleState.STOPPING);
            registration.deregister();
            drain.startDraining();
            server.stop();
            components.stopAll(null);
            closeRegistry();
            // Last: the spans and measurements of the drain and the components' stops are exported too.
            telemetry.close();
            components.phase(LifecycleState.STOPPED);
            LOGGER.log(System.Logger.Level.INFO, () -> "Kiln " + descriptor.name() + " stopped");
        } finally {
            closed.countDown();
        }
    }

    private void closeRegistry() {
        try {
            registry.close();
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Closing the registry failed", e);
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
