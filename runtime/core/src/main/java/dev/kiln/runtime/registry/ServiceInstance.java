package dev.kiln.runtime.registry;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One running copy of a service, as registered: which application instance serves it, where it listens,
 * whether it takes calls, and what it serves (the hash of its routes, from the generated descriptor).
 *
 * <pre>{@code
 * ServiceInstance.of("orders-7f3a…", "orders", OrderApiRouter.DESCRIPTOR, URI.create("http://10.0.0.5:8080"),
 *         InstanceStatus.UP, startedAt)
 * }</pre>
 *
 * @param id            the application instance's id, the same for every service it serves
 * @param application   the application's name ({@code @KilnApplication(name)})
 * @param serviceName   logical service name, the lookup key
 * @param uri           base URI clients call
 * @param status        UP while the instance is ready, else DOWN
 * @param startedAt     when the application instance started
 * @param kilnVersion   the Kiln runtime version it runs
 * @param routesHash    {@link ServiceDescriptor#routesHash()} of what it serves
 * @param lastHeartbeat when the registry last heard of it
 */
public record ServiceInstance(String id, String application, String serviceName, URI uri, InstanceStatus status,
                              Instant startedAt, String kilnVersion, String routesHash, Instant lastHeartbeat) {
    public ServiceInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(kilnVersion, "kilnVersion");
        Objects.requireNonNull(routesHash, "routesHash");
        Objects.requireNonNull(lastHeartbeat, "lastHeartbeat");
    }

    /** An instance of {@code service} heard of at {@code startedAt}, running this Kiln version. */
    public static ServiceInstance of(String id, String application, ServiceDescriptor service, URI uri,
                                     InstanceStatus status, Instant startedAt) {
        return new ServiceInstance(id, application, service.name(), uri, status, startedAt, KilnVersion.get(),
                service.routesHash(), startedAt);
    }

    /** The same instance with {@code status}. */
    public ServiceInstance withStatus(InstanceStatus status) {
        return new ServiceInstance(id, application, serviceName, uri, status, startedAt, kilnVersion, routesHash,
                lastHeartbeat);
    }

    /** The same instance, last heard of at {@code at}. */
    public ServiceInstance withHeartbeat(Instant at) {
        return new ServiceInstance(id, application, serviceName, uri, status, startedAt, kilnVersion, routesHash, at);
    }

    /** Whether clients may send it calls. */
    public boolean isUp() {
        return status == InstanceStatus.UP;
    }

    /** Two entries are the same instance of the same service when service name and id match. */
    public boolean sameAs(ServiceInstance other) {
        return serviceName.equals(other.serviceName) && id.equals(other.id);
    }
}
