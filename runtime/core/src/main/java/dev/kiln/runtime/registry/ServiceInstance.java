package dev.kiln.runtime.registry;

import java.net.URI;
import java.util.Objects;

/**
 * One running copy of a service: where it listens and what it serves.
 *
 * <pre>{@code
 * new ServiceInstance("orders", URI.create("http://localhost:8080"), OrderApiRouter.DESCRIPTOR)
 * }</pre>
 *
 * @param serviceName logical service name
 * @param uri         base URI clients call
 * @param descriptor  the routes it serves
 */
public record ServiceInstance(String serviceName, URI uri, ServiceDescriptor descriptor) {
    public ServiceInstance {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(descriptor, "descriptor");
    }
}
