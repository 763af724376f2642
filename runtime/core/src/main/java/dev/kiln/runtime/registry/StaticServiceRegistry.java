package dev.kiln.runtime.registry;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registry read from configuration: {@code kiln.registry.static.<service>} lists the base URIs of a
 * service's instances (comma-separated, or a YAML list), every one UP. Useful behind a platform that
 * already balances (Kubernetes services) or in tests. The application's own registrations are kept in
 * memory beside them, so {@code GET /kiln/registry} shows both.
 *
 * <pre>{@code
 * kiln:
 *   registry:
 *     type: static
 *     static:
 *       catalog: [http://10.0.0.5:8080, http://10.0.0.6:8080]
 * }</pre>
 */
public final class StaticServiceRegistry implements ServiceRegistry {
    /** The key under which services are listed. */
    public static final String PREFIX = "kiln.registry.static";

    private final InMemoryServiceRegistry entries = new InMemoryServiceRegistry();

    private StaticServiceRegistry(Map<String, List<URI>> services) {
        Instant now = Instant.now();
        services.forEach((service, uris) -> {
            for (URI uri : uris) {
                entries.register(new ServiceInstance("static:" + uri, service, service, uri, InstanceStatus.UP, now,
                        "unknown", "", now));
            }
        });
    }

    /** The registry {@code kiln.registry.static.*} describes; a URI that is not absolute http(s) fails naming its key. */
    public static StaticServiceRegistry from(KilnConfig config) {
        Map<String, List<URI>> services = new TreeMap<>();
        for (String service : config.childNames(PREFIX)) {
            String key = PREFIX + "." + service;
            services.put(service, config.getList(key).stream().map(text -> uri(key, text)).toList());
        }
        return new StaticServiceRegistry(services);
    }

    /** A registry of exactly these services and base URIs. */
    public static StaticServiceRegistry of(Map<String, List<URI>> services) {
        services.forEach((service, uris) -> uris.forEach(u -> uri(PREFIX + "." + service, u.toString())));
        return new StaticServiceRegistry(services);
    }

    private static URI uri(String key, String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("Configuration '" + key + "' lists '" + text + "', which is not an absolute"
                + " http(s) URI such as http://10.0.0.5:8080");
    }

    @Override
    public void register(ServiceInstance instance) {
        entries.register(instance);
    }

    @Override
    public void deregister(ServiceInstance instance) {
        entries.deregister(instance);
    }

    @Override
    public List<ServiceInstance> lookup(String serviceName) {
        return entries.lookup(serviceName);
    }

    @Override
    public Map<String, List<ServiceInstance>> snapshot() {
        return entries.snapshot();
    }

    @Override
    public AutoCloseable watch(String serviceName, Runnable listener) {
        return entries.watch(serviceName, listener);
    }

    @Override
    public HealthResult health() {
        return HealthResult.up();
    }

    @Override
    public String toString() {
        return "StaticServiceRegistry" + entries.snapshot();
    }
}
