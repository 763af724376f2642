package dev.kiln.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.config.KilnConfig;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServiceRegistriesTest {
    private static final ServiceDescriptor PETS = new ServiceDescriptor("pets", "test.PetApi",
            List.of(new RouteDescriptor("GET", "/pets")));

    @Test
    void memoryIsTheDefault() {
        assertInstanceOf(InMemoryServiceRegistry.class, ServiceRegistries.create(KilnConfig.of(Map.of())));
        assertInstanceOf(InMemoryServiceRegistry.class,
                ServiceRegistries.create(KilnConfig.of(Map.of("kiln.registry.type", " Memory "))));
    }

    @Test
    void staticListsEveryConfiguredUriAsUpFromACommaListOrAYamlList() {
        ServiceRegistry registry = ServiceRegistries.create(KilnConfig.ofYaml("""
                kiln:
                  registry:
                    type: static
                    static:
                      pets: http://10.0.0.5:8080, http://10.0.0.6:8080
                      owners:
                        - http://10.0.0.7:8080
                """));
        assertInstanceOf(StaticServiceRegistry.class, registry);

        List<ServiceInstance> pets = registry.lookup("pets");
        assertEquals(List.of(URI.create("http://10.0.0.5:8080"), URI.create("http://10.0.0.6:8080")),
                pets.stream().map(ServiceInstance::uri).toList());
        assertTrue(pets.stream().allMatch(ServiceInstance::isUp));
        assertEquals(URI.create("http://10.0.0.7:8080"), registry.lookup("owners").getFirst().uri());
        assertEquals(List.of("owners", "pets"), List.copyOf(registry.snapshot().keySet()));

        // The application's own registrations are kept beside them.
        ServiceInstance own = ServiceInstance.of("me", "app", PETS, URI.create("http://127.0.0.1:9"),
                InstanceStatus.UP, Instant.now());
        registry.register(own);
        assertEquals(3, registry.lookup("pets").size());
        registry.deregister(own);
        assertEquals(2, registry.lookup("pets").size());
    }

    @Test
    void aStaticEntryThatIsNotAnHttpUriNamesItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceRegistries.create(KilnConfig.of(Map.of("kiln.registry.type", "static",
                        "kiln.registry.static.pets", "http://ok:1, 10.0.0.5:8080"))));
        assertEquals("Configuration 'kiln.registry.static.pets' lists '10.0.0.5:8080', which is not an absolute"
                + " http(s) URI such as http://10.0.0.5:8080", e.getMessage());
    }

    @Test
    void redisWithoutItsModuleNamesTheKeyTheValueAndTheArtifact() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServiceRegistries.create(KilnConfig.of(Map.of("kiln.registry.type", "redis"))));
        assertEquals("Configuration 'kiln.registry.type' is 'redis', which no registry on the class path provides"
                + " (known here: memory, static); add the dependency dev.kiln:kiln-runtime-registry-redis to the"
                + " application", e.getMessage());
    }

    @Test
    void anUnknownTypeNamesTheKeyAndTheValue() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServiceRegistries.create(KilnConfig.of(Map.of("kiln.registry.type", "zookeeper"))));
        assertEquals("Configuration 'kiln.registry.type' is 'zookeeper', which no registry on the class path provides"
                + " (known here: memory, static); use one of those, or add the module that provides 'zookeeper'",
                e.getMessage());
    }

    @Test
    void theInMemoryRegistryTellsWatchersOfTheirServiceOnly() throws Exception {
        InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
        AtomicInteger pets = new AtomicInteger();
        AtomicInteger owners = new AtomicInteger();
        AutoCloseable handle = registry.watch("pets", pets::incrementAndGet);
        registry.watch("owners", owners::incrementAndGet);
        ServiceInstance instance = ServiceInstance.of("a", "app", PETS, URI.create("http://127.0.0.1:9"),
                InstanceStatus.UP, Instant.now());

        registry.register(instance);
        registry.register(instance.withStatus(InstanceStatus.DOWN));
        registry.deregister(instance);
        assertEquals(3, pets.get());
        assertEquals(0, owners.get());

        handle.close();
        registry.register(instance);
        assertEquals(3, pets.get(), "a closed watch hears nothing");
    }
}
