package dev.kiln.runtime.servicemap;

import static dev.kiln.runtime.servicemap.ApplicationGraph.object;

import dev.kiln.runtime.json.JsonTree;
import dev.kiln.runtime.registry.ServiceInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Merges instances' local maps into the system's: applications by name (their graphs are the same on every
 * instance), instances from the registry, edges by {@code (from, to, kind)} with their figures summed
 * ({@link EdgeFigures}), each marked declared and/or seen and with its drift:
 * <ul>
 *   <li>{@code declared-not-seen}: declared, no instance saw a call, and the application that makes the call has
 *   been observed (by its longest-running reachable instance) for at least the grace period
 *   ({@code kiln.service-map.declared-not-seen-after}); never for caches, whose calls make no span</li>
 *   <li>{@code seen-not-declared}: a call seen that no graph declares (a plain HTTP client calling another
 *   registered application, a query of a table no repository names)</li>
 * </ul>
 * Without telemetry on the instance answering ({@code observed:false}) edges are the declared ones, unmarked.
 */
final class SystemMap {
    /** Edges in {@code from, to, kind} order. */
    static final Comparator<List<String>> EDGE_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2));

    private final String self;
    private final boolean observed;
    private final Map<String, List<ServiceInstance>> snapshot;
    private final Duration grace;
    private final Instant now;

    SystemMap(String self, boolean observed, Map<String, List<ServiceInstance>> snapshot, Duration grace, Instant now) {
        this.self = self;
        this.observed = observed;
        this.snapshot = snapshot;
        this.grace = grace;
        this.now = now;
    }

    /** The system's map from {@code documents} (this instance's first); {@code reachable} tells whose were read. */
    Map<String, Object> merge(List<Map<String, Object>> documents, Predicate<String> reachable) {
        Map<String, Map<String, Object>> applications = new TreeMap<>();
        Map<String, Instant> observedSince = new HashMap<>();
        Map<List<String>, EdgeFigures> seen = new TreeMap<>(EDGE_ORDER);
        for (Map<String, Object> document : documents) {
            for (Object a : JsonTree.asArray(document.get("applications"))) {
                Map<String, Object> application = JsonTree.asObject(a);
                applications.putIfAbsent(JsonTree.asText(application.get("name"), ""), application);
            }
            Instant since = ServiceMap.instant(document.get("observedSince"));
            if (Boolean.TRUE.equals(document.get("observed")) && since != null) {
                observedSince.merge(JsonTree.asText(document.get("self"), ""), since,
                        (a, b) -> a.isBefore(b) ? a : b);
            }
            for (Object e : JsonTree.asArray(document.get("edges"))) {
                Map<String, Object> edge = JsonTree.asObject(e);
                seen.computeIfAbsent(List.of(JsonTree.asText(edge.get("from"), ""), JsonTree.asText(edge.get("to"), ""),
                        JsonTree.asText(edge.get("kind"), "")), k -> new EdgeFigures()).add(edge);
            }
        }
        // Registered applications whose instances could not be read: what the registry says they serve.
        Map<String, List<Object>> unread = new HashMap<>();
        snapshot.forEach((service, instances) -> instances.forEach(i -> {
            if (!applications.containsKey(i.application()) || unread.containsKey(i.application())) {
                List<Object> serves = unread.computeIfAbsent(i.application(), name -> new ArrayList<>());
                if (serves.stream().noneMatch(s -> service.equals(JsonTree.asObject(s).get("service")))) {
                    serves.add(object("service", service, "routes", List.of()));
                }
                applications.put(i.application(), object("name", i.application(), "application", null,
                        "instances", List.of(), "serves", serves, "clients", List.of(), "publishes", List.of(),
                        "subscribes", List.of(), "repositories", List.of(), "caches", List.of()));
            }
        }));
        List<Object> listed = new ArrayList<>();
        applications.forEach((name, application) -> {
            Map<String, Object> copy = new LinkedHashMap<>(application);
            copy.put("instances", instances(snapshot, name, reachable));
            listed.add(copy);
        });
        return object("self", self, "observed", observed, "applications", listed,
                "edges", edges(applications, seen, observedSince));
    }

    private List<Object> edges(Map<String, Map<String, Object>> applications, Map<List<String>, EdgeFigures> seen,
                               Map<String, Instant> observedSince) {
        Set<List<String>> declared = declared(applications);
        Set<List<String>> keys = new TreeSet<>(EDGE_ORDER);
        keys.addAll(declared);
        if (observed) {
            keys.addAll(seen.keySet());
        }
        List<Object> edges = new ArrayList<>();
        for (List<String> key : keys) {
            EdgeFigures figures = observed ? seen.getOrDefault(key, new EdgeFigures()) : null;
            boolean isDeclared = declared.contains(key);
            boolean isSeen = figures != null && figures.calls > 0;
            String drift = null;
            if (observed && isDeclared && !isSeen && !key.get(2).equals("cache")) {
                Instant since = observedSince.get(key.get(2).equals("subscribe") ? key.get(1) : key.get(0));
                drift = since != null && !since.plus(grace).isAfter(now) ? "declared-not-seen" : null;
            } else if (observed && isSeen && !isDeclared) {
                drift = "seen-not-declared";
            }
            boolean timed = figures != null && figures.traced;
            edges.add(object("from", key.get(0), "to", key.get(1), "kind", key.get(2), "declared", isDeclared,
                    "seen", isSeen, "drift", drift, "calls", figures == null ? null : figures.calls,
                    "errors", timed ? figures.errors : null, "p50Ms", timed ? figures.p50Ms : null,
                    "p99Ms", timed ? figures.p99Ms : null));
        }
        return edges;
    }

    /** The table of kiln-runtime-data's transactional outbox (written in the publishing transaction, relayed after). */
    static final String OUTBOX_TABLE = "kiln_outbox";

    /** The edges the applications' graphs declare, their typed clients' services named by the applications serving them. */
    private Set<List<String>> declared(Map<String, Map<String, Object>> applications) {
        Map<String, String> owners = new HashMap<>();
        applications.forEach((name, application) -> JsonTree.asArray(application.get("serves")).forEach(s ->
                owners.putIfAbsent(JsonTree.asText(JsonTree.asObject(s).get("service"), ""), name)));
        snapshot.forEach((service, instances) -> instances.forEach(i -> owners.putIfAbsent(service, i.application())));
        Set<List<String>> declared = new TreeSet<>(EDGE_ORDER);
        applications.forEach((name, application) -> {
            for (Object c : JsonTree.asArray(application.get("clients"))) {
                String service = JsonTree.asText(JsonTree.asObject(c).get("service"), "");
                declared.add(List.of(name, owners.getOrDefault(service, service), "http"));
            }
            for (Object p : JsonTree.asArray(application.get("publishes"))) {
                declared.add(List.of(name, destination(p), "publish"));
            }
            for (Object s : JsonTree.asArray(application.get("subscribes"))) {
                declared.add(List.of(destination(s), name, "subscribe"));
            }
            List<Object> repositories = JsonTree.asArray(application.get("repositories"));
            for (Object r : repositories) {
                for (Object table : JsonTree.asArray(JsonTree.asObject(r).get("tables"))) {
                    declared.add(List.of(name, "table:" + table, "database"));
                }
            }
            if (!repositories.isEmpty() && !JsonTree.asArray(application.get("publishes")).isEmpty()) {
                // An application with a database that publishes does so through Kiln's outbox: its table is declared.
                declared.add(List.of(name, "table:" + OUTBOX_TABLE, "database"));
            }
            for (Object cache : JsonTree.asArray(application.get("caches"))) {
                declared.add(List.of(name, "cache:" + cache, "cache"));
            }
        });
        return declared;
    }

    private static String destination(Object d) {
        Map<String, Object> destination = JsonTree.asObject(d);
        return JsonTree.asText(destination.get("kind"), "events") + ":" + JsonTree.asText(destination.get("name"), "");
    }

    /** {@code application}'s instances in the registry, once each: {@code {"id", "uri", "state", "reachable"}}. */
    static List<Object> instances(Map<String, List<ServiceInstance>> snapshot, String application,
                                  Predicate<String> reachable) {
        Map<String, Object> byId = new TreeMap<>();
        snapshot.values().forEach(instances -> instances.forEach(i -> {
            if (i.application().equals(application)) {
                byId.putIfAbsent(i.id(), object("id", i.id(), "uri", i.uri().toString(), "state", i.status().name(),
                        "reachable", reachable.test(i.id())));
            }
        }));
        return List.copyOf(byId.values());
    }
}
