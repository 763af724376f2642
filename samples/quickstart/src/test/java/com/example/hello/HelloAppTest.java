package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.BadRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelloAppTest {

    @Test
    void servesAndIsCalledThroughItsGeneratedClient() {
        try (KilnHandle app = KilnHelloApp.start(KilnConfig.of(Map.of("server.port", "0")))) {
            GreetingApi client = GreetingApiClient.create(app.uri());

            assertEquals(new Greeting("Hello Hello, Ada", Tone.WARM, List.of("Ada")), client.greet("Ada", 2));
            assertEquals(new Greeting("Hello, Bo", Tone.WARM, List.of("Bo")), client.greet("Bo", 1));
            Greeting added = client.add(new NewGreeting("Good day", Tone.FORMAL));
            assertEquals(List.of(added), client.all());

            BadRequestException missing = assertThrows(BadRequestException.class,
                    () -> client.add(new NewGreeting(null, Tone.FORMAL)));
            assertEquals("/text", missing.problem().errors().get(0).pointer());
        }
    }
}
