package dev.kiln.runtime.servicemap;

import static dev.kiln.runtime.servicemap.ApplicationGraph.object;

import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.ServiceGraph;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The system's service map as one instance sees it: its own compile-time graph and edges seen ({@link #local()}),
 * and the whole system ({@link #system()}): every registered instance's local map, fetched through
 * {@link RemoteMaps}, merged by {@link SystemMap}.
 */
final class ServiceMap {
    private final String self;
    private final String instanceId;
    private final Map<String, Object> graph;
    private final ServiceRegistry registry;
    private final ServiceGraph seen;   // null without an SDK
    private final RemoteMaps remote;
    private final Duration grace;
    private final Clock clock;

    ServiceMap(String self, String instanceId, Map<String, Object> graph, ServiceRegistry registry, ServiceGraph seen,
               RemoteMaps remote, Duration grace, Clock clock) {
        this.self = Objects.requireNonNull(self, "self");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.graph = Collections.unmodifiableMap(new LinkedHashMap<>(graph));
        this.registry = Objects.requireNonNull(registry, "registry");
        this.seen = seen;
        this.remote = Objects.requireNonNull(remote, "remote");
        this.grace = Objects.requireNonNull(grace, "grace");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * This instance's part: its application's graph and the edges this process saw, named by application
     * ({@code scope=local}, what other instances fetch).
     */
    Map<String, Object> local() {
        Map<String, List<ServiceInstance>> snapshot = registry.snapshot();
        Map<String, Object> entry = new LinkedHashMap<>(graph);
        entry.put("instances", SystemMap.instances(snapshot, self, id -> true));
        return object("self", self, "observed", seen != null,
                "observedSince", seen == null ? null : seen.observedSince().toString(),
                "applications", List.of(entry), "edges", seen == null ? List.of() : edges(snapshot));
    }

    /**
     * The whole system: this instance's map merged with every other registered instance's, read with the caller's
     * {@code credentials} (header → value).
     */
    Map<String, Object> system(Map<String, String> credentials) {
        Map<String, List<ServiceInstance>> snapshot = registry.snapshot();
        Map<String, ServiceInstance> others = new LinkedHashMap<>();
        snapshot.values().forEach(instances -> instances.forEach(i -> {
            if (!i.id().equals(instanceId)) {
                others.putIfAbsent(i.id(), i);
            }
        }));
        Map<String, Map<String, Object>> fetched = remote.fetch(List.copyOf(others.values()), credentials);
        List<Map<String, Object>> documents = new ArrayList<>();
        documents.add(local());
        documents.addAll(fetched.values());
        return new SystemMap(self, seen != null, snapshot, grace, clock.instant())
                .merge(documents, id -> id.equals(instanceId) || fetched.containsKey(id));
    }

    /** This process's edges, their peers named by application where the registry knows them. */
    private List<Object> edges(Map<String, List<ServiceInstance>> snapshot) {
        Map<String, String> byService = new HashMap<>();
        Map<String, String> byAddress = new HashMap<>();
        snapshot.forEach((service, instances) -> instances.forEach(i -> {
            byService.putIfAbsent(service, i.application());
            byAddress.putIfAbsent(address(i.uri()), i.application());
        }));
        JsonTree.asArray(graph.get("serves")).forEach(s -> byService.putIfAbsent(
                JsonTree.asText(JsonTree.asObject(s).get("service"), ""), self));
        Map<List<String>, EdgeFigures> edges = new TreeMap<>(SystemMap.EDGE_ORDER);
        for (ServiceGraph.Edge e : seen.edges()) {
            String from = self;
            String to = e.peer();
            if (e.kind().equals("http")) {
                String app = byService.getOrDefault(e.peer(), byAddress.get(e.peer()));
                if (app == null && !e.traced()) {
                    continue;   // a plain client's call outside the system (a collector, a third party): not an edge
                }
                to = app == null ? e.peer() : app;
            } else if (e.kind().equals("subscribe")) {
                from = e.peer();
                to = self;
            }
            edges.computeIfAbsent(List.of(from, to, e.kind()), k -> new EdgeFigures())
                    .add(e.calls(), e.errors(), e.traced(), e.p50Ms(), e.p99Ms());
        }
        List<Object> out = new ArrayList<>();
        edges.forEach((key, f) -> out.add(object("from", key.get(0), "to", key.get(1), "kind", key.get(2),
                "traced", f.traced, "calls", f.calls, "errors", f.traced ? f.errors : null,
                "p50Ms", f.traced ? f.p50Ms : null, "p99Ms", f.traced ? f.p99Ms : null)));
        return out;
    }

    /** {@code host:port} of {@code uri}, the port made explicit: how a client span names the address it called. */
    static String address(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    /** Parses {@code observedSince}; null when absent or not an instant. */
    static Instant instant(Object text) {
        try {
            return text instanceof String s ? Instant.parse(s) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
