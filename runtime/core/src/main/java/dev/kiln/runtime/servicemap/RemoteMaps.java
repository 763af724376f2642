package dev.kiln.runtime.servicemap;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.registry.ServiceInstance;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads other instances' {@code GET /kiln/service-map?scope=local}, all at once, each within the timeout
 * ({@code kiln.service-map.timeout}, default 1 s): an instance that does not answer in time, or not with a 200, is
 * left out (the map lists it as not reachable) and never fails the map.
 *
 * <p>The calls go out under the root context and through a client with no proxy selector, so they are neither
 * children of the request's span nor counted as the application's own calls to the other instances.
 */
final class RemoteMaps {
    private static final System.Logger LOGGER = System.getLogger(RemoteMaps.class.getName());
    static final String LOCAL_PATH = ServiceMapEndpoint.PATH + "?scope=local";

    private final Duration timeout;
    private HttpClient client;   // made on the first read: most instances are never asked for the whole map

    RemoteMaps(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                    .proxy(HttpClient.Builder.NO_PROXY).build();
        }
        return client;
    }

    /**
     * The local maps of {@code instances} that answered, by instance id; {@code credentials} (header → value, the
     * caller's) go along, so that instances requiring management roles answer as they would the caller.
     */
    Map<String, Map<String, Object>> fetch(List<ServiceInstance> instances, Map<String, String> credentials) {
        if (instances.isEmpty()) {
            return Map.of();
        }
        HttpClient client = client();
        List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>(instances.size());
        try (Scope ignored = Context.root().makeCurrent()) {
            for (ServiceInstance instance : instances) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.uri().toString()
                        .replaceAll("/+$", "") + LOCAL_PATH)).timeout(timeout).header("Accept", "application/json");
                credentials.forEach(request::header);
                calls.add(client.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            ServiceInstance instance = instances.get(i);
            try {
                HttpResponse<byte[]> response = calls.get(i).get(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
                if (response.statusCode() == 200) {
                    documents.put(instance.id(), JsonTree.asObject(Json.decode(JsonTree.CODEC, response.body())));
                } else {
                    LOGGER.log(System.Logger.Level.DEBUG, () -> "Service map of " + instance.id() + " answered "
                            + response.statusCode());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                calls.get(i).cancel(true);
                LOGGER.log(System.Logger.Level.DEBUG, () -> "Service map of " + instance.id() + " not read: " + e);
            }
        }
        return documents;
    }
}
