package dev.kiln.runtime.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.json.Json;
import dev.kiln.runtime.testapp.Http;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /kiln/registry over real HTTP. */
class RegistryEndpointTest {
    private static final ServiceDescriptor PETS = new ServiceDescriptor("pets", "test.PetApi",
            List.of(new RouteDescriptor("GET", "/pets")));

    @Test
    void answersTheRegistryViewAsJsonThatIsNeverCached() {
        InMemoryServiceRegistry registry = new InMemoryServiceRegistry();
        Instant started = Instant.parse("2026-12-01T10:15:30Z");
        ServiceInstance pet = new ServiceInstance("pets-1", "petstore", "pets", URI.create("http://10.0.0.5:8080"),
                InstanceStatus.UP, started, "0.1.0", PETS.routesHash(), started.plusSeconds(3));
        registry.register(pet);
        WebServer server = WebServer.builder().host("127.0.0.1").port(0)
                .routing(r -> r.get("/kiln/registry", new RegistryEndpoint(registry))).build().start();
        try {
            HttpResponse<String> response = new Http(URI.create("http://127.0.0.1:" + server.port())).get("/kiln/registry");

            assertEquals(200, response.statusCode());
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("{\"services\":{\"pets\":[{\"id\":\"pets-1\",\"application\":\"petstore\",\"service\":\"pets\","
                    + "\"uri\":\"http://10.0.0.5:8080\",\"status\":\"UP\",\"startedAt\":\"2026-12-01T10:15:30Z\","
                    + "\"lastHeartbeat\":\"2026-12-01T10:15:33Z\",\"kilnVersion\":\"0.1.0\",\"routesHash\":\""
                    + PETS.routesHash() + "\"}]}}", response.body());
            // The same shape reads back: the Redis registry stores instances in it.
            assertEquals(pet, Json.decode(ServiceInstanceJsonCodec.INSTANCE,
                    Json.encode(ServiceInstanceJsonCodec.INSTANCE, pet)));
            assertEquals(pet.withStatus(InstanceStatus.DOWN), Json.decode(ServiceInstanceJsonCodec.INSTANCE,
                    new String(Json.encode(ServiceInstanceJsonCodec.INSTANCE, pet), StandardCharsets.UTF_8)
                            .replace("\"UP\"", "\"DOWN\"").getBytes(StandardCharsets.UTF_8)));
        } finally {
            server.stop();
        }
    }
}
