package dev.kiln.runtime.servicemap;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One application's compile-time graph as {@code /kiln/service-map} lists it: read from the registry resource the
 * processor wrote, {@code META-INF/kiln/apps/<application class's binary name>.json} (one named resource, no
 * scanning), and turned into the map's shape — {@code serves}, {@code clients} (with the routes of each typed
 * client), {@code publishes}, {@code subscribes}, {@code repositories} (with their tables) and {@code caches}.
 * Without the resource (an application assembled by hand) the descriptor gives what it knows: the services served
 * and the names of the services called.
 *
 * <pre>{@code
 * Map<String, Object> entry = ApplicationGraph.entry(descriptor, KilnBoot.class.getClassLoader());
 * }</pre>
 */
final class ApplicationGraph {
    static final String RESOURCE_PREFIX = "META-INF/kiln/apps/";

    private ApplicationGraph() {}

    /** The entry of {@code descriptor}'s application, without instances (the registry adds them). */
    static Map<String, Object> entry(ApplicationDescriptor descriptor, ClassLoader loader) {
        Map<String, Object> resource = resource(RESOURCE_PREFIX + descriptor.name() + ".json", loader);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", descriptor.applicationName());
        entry.put("application", descriptor.name());
        entry.put("instances", List.of());
        if (resource == null) {
            entry.put("serves", descriptor.services().stream().map(ApplicationGraph::served).toList());
            entry.put("clients", descriptor.clients().stream()
                    .map(service -> (Object) object("service", service, "routes", List.of())).toList());
        } else {
            entry.put("serves", JsonTree.asArray(resource.get("services")).stream()
                    .map(s -> called(JsonTree.asObject(s), "name")).toList());
            entry.put("clients", JsonTree.asArray(resource.get("clients")).stream()
                    .map(c -> called(JsonTree.asObject(c), "service")).toList());
        }
        entry.put("publishes", destinations(resource, "publishes"));
        entry.put("subscribes", destinations(resource, "subscribes"));
        List<Object> repositories = new ArrayList<>();
        for (Object r : JsonTree.asArray(resource == null ? null : resource.get("repositories"))) {
            Map<String, Object> repository = JsonTree.asObject(r);
            String iface = JsonTree.asText(repository.get("interface"), "");
            repositories.add(object("name", JsonTree.asText(repository.get("name"),
                    iface.substring(iface.lastIndexOf('.') + 1)), "tables", texts(repository.get("tables"))));
        }
        entry.put("repositories", repositories);
        entry.put("caches", texts(resource == null ? null : resource.get("caches")));
        return entry;
    }

    private static Map<String, Object> resource(String name, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : JsonTree.asObject(Json.decode(JsonTree.CODEC, in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }

    private static Object served(ServiceDescriptor service) {
        List<Object> routes = new ArrayList<>();
        for (RouteDescriptor route : service.routes()) {
            routes.add(route(route.method(), route.path()));
        }
        return object("service", service.name(), "routes", routes);
    }

    /** {@code {"service": …, "routes": [{"method": …, "path": …}]}} from the resource's entry named by {@code key}. */
    private static Object called(Map<String, Object> service, String key) {
        List<Object> routes = new ArrayList<>();
        for (Object r : JsonTree.asArray(service.get("routes"))) {
            Map<String, Object> route = JsonTree.asObject(r);
            routes.add(route(JsonTree.asText(route.get("method"), ""), JsonTree.asText(route.get("path"), "")));
        }
        return object("service", JsonTree.asText(service.get(key), ""), "routes", routes);
    }

    private static Map<String, Object> route(String method, String path) {
        return object("method", method, "path", path);
    }

    /** A JSON object of these names and values, in this order (JSON written from it is the same on every call). */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    private static List<Object> destinations(Map<String, Object> resource, String key) {
        List<Object> destinations = new ArrayList<>();
        for (Object d : JsonTree.asArray(resource == null ? null : resource.get(key))) {
            Map<String, Object> destination = JsonTree.asObject(d);
            destinations.add(object("kind", JsonTree.asText(destination.get("kind"), "events"),
                    "name", JsonTree.asText(destination.get("name"), ""), "types", texts(destination.get("types"))));
        }
        return destinations;
    }

    private static List<Object> texts(Object array) {
        return JsonTree.asArray(array).stream().filter(String.class::isInstance).toList();
    }
}
