package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ${package}.api.Greeting;
import ${package}.api.GreetingApi;
import ${package}.api.GreetingApiClient;
import ${package}.api.NewGreeting;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.BadRequestException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application on a free port, called over HTTP through the client generated in the API module. */
class ${applicationClass}Test {

    @Test
    void greetsKeepsAndRefusesABlankGreeting() throws Exception {
        try (KilnHandle app = Kiln${applicationClass}.start(KilnConfig.of(Map.of("server.port", "0")))) {
            GreetingApi client = GreetingApiClient.create(app.uri());

            assertEquals(new Greeting("Hello, Ada"), client.greet("Ada"));
            Greeting kept = client.add(new NewGreeting("Good day"));
            assertEquals(List.of(kept), client.all());

            BadRequestException blank = assertThrows(BadRequestException.class,
                    () -> client.add(new NewGreeting(" ")));
            assertEquals("/text", blank.problem().errors().get(0).pointer());

            // What any other caller gets: plain JSON over HTTP.
            assertEquals("{\"text\":\"Hello, Bo\"}", get(app.uri().resolve("/greetings/Bo")));
        }
    }

    private static String get(URI uri) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
