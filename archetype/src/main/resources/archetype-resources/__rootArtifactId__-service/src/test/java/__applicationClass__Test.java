package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ${package}.api.Greeting;
import ${package}.api.GreetingApi;
import ${package}.api.NewGreeting;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.test.KilnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application on a free port, called over HTTP through the client generated in the API module. */
@KilnTest(${applicationClass}.class)
class ${applicationClass}Test {

    @Test
    void greetsKeepsAndRefusesABlankGreeting(GreetingApi client, KilnHandle app) throws Exception {
        assertEquals(new Greeting("Hello, Ada"), client.greet("Ada"));
        Greeting kept = client.add(new NewGreeting("Good day"));
        assertEquals(List.of(kept), client.all());

        BadRequestException blank = assertThrows(BadRequestException.class, () -> client.add(new NewGreeting(" ")));
        assertEquals("/text", blank.problem().errors().get(0).pointer());

        // What any other caller gets: plain JSON over HTTP.
        assertEquals("{\"text\":\"Hello, Bo\"}", get(app.uri().resolve("/greetings/Bo")));
    }

    private static String get(URI uri) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
