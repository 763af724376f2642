package dev.kiln.runtime.client;

import dev.kiln.runtime.registry.InMemoryServiceRegistry;
import dev.kiln.runtime.registry.InstanceStatus;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.registry.ServiceInstance;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.webclient.api.WebClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The discovered client's pick of an instance: what every call pays before it is sent. Target: under 100 ns and
 * 0 B per pick ({@code -prof gc}: {@code gc.alloc.rate.norm}). {@code pick} is the choice alone;
 * {@code pickAndCount} adds the in-flight increment and decrement a call makes around it. Two threads (one per core of the machine the figures come from) share one
 * client's view and counters in {@code pickContended}, as the request threads of a busy application do.
 *
 * <p>It lives in the client's package because the view it measures ({@code DiscoveredEndpoints}) is internal;
 * on the class path, where benchmarks run, that is allowed.
 *
 * <pre>{@code
 * java -jar target/benchmarks.jar LoadBalancerBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LoadBalancerBenchmark {
    private static final ServiceDescriptor SERVICE = new ServiceDescriptor("catalog", "bench.CatalogApi",
            List.of(new RouteDescriptor("GET", "/items/{id}")));

    @Param({"power-of-two", "round-robin"})
    public String balancer;

    @Param({"3", "20"})
    public int instances;

    private DiscoveredEndpoints endpoints;

    @Setup
    public void setUp() {
        InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
        for (int i = 0; i < instances; i++) {
            registry.register(ServiceInstance.of("catalog-" + i, "catalog", SERVICE,
                    URI.create("http://10.0.0." + (i + 1) + ":8080"), InstanceStatus.UP, Instant.now()));
        }
        WebClient web = WebClient.builder().build();
        DiscoverySettings settings = new DiscoverySettings(LoadBalancing.parse("balancer", balancer), 2, 100, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(30));
        endpoints = new DiscoveredEndpoints("catalog", registry, settings,
                instance -> new KilnHttpClient("catalog", instance.uri(), web, null, null, Telemetry.noop())).watch();
    }

    @Benchmark
    public Endpoint pick() {
        return endpoints.pick();
    }

    @Benchmark
    public Endpoint pickAndCount() {
        Endpoint endpoint = endpoints.pick();
        endpoint.begin();
        endpoint.end();
        return endpoint;
    }

    @Benchmark
    @Threads(2)
    public Endpoint pickContended() {
        Endpoint endpoint = endpoints.pick();
        endpoint.begin();
        endpoint.end();
        return endpoint;
    }
}
