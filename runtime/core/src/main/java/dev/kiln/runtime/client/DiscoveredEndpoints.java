package dev.kiln.runtime.client;

import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.registry.ServiceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A discovered client's view of its service: the UP instances as an immutable array, rebuilt when the
 * registry reports a change or an instance is ejected or re-admitted, and the pick over it. {@link #pick()}
 * reads one volatile field and a few array slots: no lock, no allocation (the JMH benchmark
 * {@code LoadBalancerBenchmark} holds it to that).
 *
 * <p>Ejection: {@code ejectAfter} consecutive connection failures take an instance out of the healthy set
 * for a backoff that doubles with each ejection; when it runs out, the instance is re-admitted on probation
 * (one more failure ejects it again) and a success clears its record. While every instance is ejected the
 * pick uses all of them (panic mode): a guess beats a certain failure.
 */
final class DiscoveredEndpoints {
    private static final System.Logger LOGGER = System.getLogger(DiscoveredEndpoints.class.getName());
    private static final long NO_PROBE = Long.MAX_VALUE;

    /** Immutable: every UP endpoint, those not ejected, and when the next ejection ends. */
    private record View(Endpoint[] all, Endpoint[] healthy, long nextProbe) {}

    private final String service;
    private final ServiceRegistry registry;
    private final Function<ServiceInstance, KilnHttpClient> clients;
    private final DiscoverySettings settings;
    private final AtomicInteger next = new AtomicInteger();
    private volatile View view = new View(new Endpoint[0], new Endpoint[0], NO_PROBE);

    DiscoveredEndpoints(String service, ServiceRegistry registry, DiscoverySettings settings,
                        Function<ServiceInstance, KilnHttpClient> clients) {
        this.service = service;
        this.registry = registry;
        this.settings = settings;
        this.clients = clients;
        refresh();
    }

    /** Follows the registry from now on. Separate from the constructor so that {@code this} escapes only when built. */
    DiscoveredEndpoints watch() {
        registry.watch(service, this::refresh);
        refresh();
        return this;
    }

    String service() {
        return service;
    }

    ServiceRegistry registry() {
        return registry;
    }

    DiscoverySettings settings() {
        return settings;
    }

    /** An instance for a call, or null when none is UP. */
    Endpoint pick() {
        View v = view;
        if (v.nextProbe != NO_PROBE && System.nanoTime() - v.nextProbe >= 0) {
            v = readmit();
        }
        Endpoint[] candidates = v.healthy.length > 0 ? v.healthy : v.all;
        int n = candidates.length;
        if (n <= 1) {
            return n == 1 ? candidates[0] : pickAfterRefresh();
        }
        if (settings.loadBalancing() == LoadBalancing.ROUND_ROBIN) {
            return candidates[(next.getAndIncrement() & Integer.MAX_VALUE) % n];
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int i = random.nextInt(n);
        int j = random.nextInt(n - 1);
        if (j >= i) {
            j++;
        }
        Endpoint a = candidates[i];
        Endpoint b = candidates[j];
        return b.inFlight() < a.inFlight() ? b : a;
    }

    /**
     * An instance for a retry: none of {@code tried}, healthy ones first, then any (panic mode); null when
     * every instance has been tried. Only failed calls come here, so it may allocate.
     */
    Endpoint pickOther(List<Endpoint> tried) {
        View v = view;
        List<Endpoint> candidates = untried(v.healthy, tried);
        if (candidates.isEmpty()) {
            candidates = untried(v.all, tried);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1 || settings.loadBalancing() == LoadBalancing.ROUND_ROBIN) {
            return candidates.get((next.getAndIncrement() & Integer.MAX_VALUE) % candidates.size());
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Endpoint a = candidates.get(random.nextInt(candidates.size()));
        Endpoint b = candidates.get(random.nextInt(candidates.size()));
        return b.inFlight() < a.inFlight() ? b : a;
    }

    private static List<Endpoint> untried(Endpoint[] endpoints, List<Endpoint> tried) {
        List<Endpoint> untried = new ArrayList<>(endpoints.length);
        for (Endpoint endpoint : endpoints) {
            boolean seen = false;
            for (Endpoint t : tried) {
                // The same instance may have been rebuilt into a new endpoint since: compare instances.
                seen |= t == endpoint || t.sameAs(endpoint.instance);
            }
            if (!seen) {
                untried.add(endpoint);
            }
        }
        return untried;
    }

    /** A success: an endpoint that had failures starts over, ejections forgotten. */
    void succeeded(Endpoint endpoint) {
        if (endpoint.succeeded()) {
            synchronized (this) {
                endpoint.ejections = 0;
            }
        }
    }

    /** A connection failure: the {@code ejectAfter}-th in a row ejects the endpoint. */
    void connectionFailed(Endpoint endpoint) {
        if (endpoint.failed() < settings.ejectAfter()) {
            return;
        }
        synchronized (this) {
            View v = view;
            if (endpoint.ejectedUntil != 0 || !contains(v.all, endpoint)) {
                return; // already out, or gone from the registry meanwhile
            }
            endpoint.ejections++;
            long duration = settings.ejectionNanos(endpoint.ejections);
            endpoint.ejectedUntil = System.nanoTime() + duration;
            LOGGER.log(System.Logger.Level.WARNING, () -> "Service '" + service + "': instance " + endpoint.instance.uri()
                    + " ejected for " + duration / 1_000_000 + " ms after " + settings.ejectAfter()
                    + " connection failures in a row");
            view = build(v.all);
        }
    }

    /** Re-reads the registry: the UP instances, keeping the endpoints (and counts) of those that stay. */
    synchronized void refresh() {
        Endpoint[] old = view.all;
        List<Endpoint> all = new ArrayList<>();
        for (ServiceInstance instance : registry.lookup(service)) {
            if (!instance.isUp()) {
                continue;
            }
            Endpoint kept = null;
            for (Endpoint endpoint : old) {
                if (endpoint.sameAs(instance)) {
                    kept = endpoint;
                    break;
                }
            }
            all.add(kept != null ? kept : new Endpoint(instance, clients.apply(instance)));
        }
        view = build(all.toArray(new Endpoint[0]));
    }

    private Endpoint pickAfterRefresh() {
        // An empty view: the registry may not push changes (a provider without watch), so ask it once more.
        refresh();
        View v = view;
        Endpoint[] candidates = v.healthy.length > 0 ? v.healthy : v.all;
        return candidates.length == 0 ? null : candidates[ThreadLocalRandom.current().nextInt(candidates.length)];
    }

    /** Re-admits every endpoint whose ejection has run out, on probation. */
    private synchronized View readmit() {
        View v = view;
        long now = System.nanoTime();
        for (Endpoint endpoint : v.all) {
            if (endpoint.ejectedUntil != 0 && now - endpoint.ejectedUntil >= 0) {
                endpoint.ejectedUntil = 0;
                endpoint.failures(settings.ejectAfter() - 1);
                LOGGER.log(System.Logger.Level.INFO, () -> "Service '" + service + "': re-probing instance "
                        + endpoint.instance.uri());
            }
        }
        view = build(v.all);
        return view;
    }

    private static View build(Endpoint[] all) {
        List<Endpoint> healthy = new ArrayList<>(all.length);
        long nextProbe = NO_PROBE;
        for (Endpoint endpoint : all) {
            if (endpoint.ejectedUntil == 0) {
                healthy.add(endpoint);
            } else if (nextProbe == NO_PROBE || endpoint.ejectedUntil - nextProbe < 0) {
                nextProbe = endpoint.ejectedUntil;
            }
        }
        return new View(all, healthy.toArray(new Endpoint[0]), nextProbe);
    }

    private static boolean contains(Endpoint[] endpoints, Endpoint endpoint) {
        for (Endpoint e : endpoints) {
            if (e == endpoint) {
                return true;
            }
        }
        return false;
    }

    /** The endpoints in the current view, for tests and the benchmark. */
    Endpoint[] endpoints() {
        return view.all.clone();
    }

    /** How many endpoints are not ejected. */
    int healthyCount() {
        return view.healthy.length;
    }

    @Override
    public String toString() {
        View v = view;
        return "DiscoveredEndpoints[" + service + ": " + v.healthy.length + " healthy of " + v.all.length + "]";
    }
}
