package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.test.KilnTest;
import dev.kiln.test.KilnTestProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HelloApp started once for this class on a free port; each test gets a typed client pointed at it. */
@KilnTest(HelloApp.class)
class HelloAppTest {

    @Test
    void servesAndIsCalledThroughItsGeneratedClient(GreetingApi client, KilnHandle app) {
        assertTrue(app.port() > 0);

        assertEquals(new Greeting("Hello Hello, Ada", Tone.WARM, List.of("Ada")), client.greet("Ada", 2));
        assertEquals(new Greeting("Hello, Bo", Tone.WARM, List.of("Bo")), client.greet("Bo", 1));
        Greeting added = client.add(new NewGreeting("Good day", Tone.FORMAL));
        assertTrue(client.all().contains(added));
    }

    @Test
    void badInputIsAProblemNamingTheField(GreetingApi client) {
        BadRequestException missing = assertThrows(BadRequestException.class,
                () -> client.add(new NewGreeting(null, Tone.FORMAL)));
        assertEquals("/text", missing.problem().errors().get(0).pointer());
    }

    @Test
    @KilnTestProperties("greetings.prefix=Hi")
    void aMethodCanHaveAnApplicationOfItsOwn(GreetingApi client) {
        assertEquals("Hi Hi, Cy", client.greet("Cy", 2).text());
        assertEquals(List.of(), client.all(), "a fresh application: nothing added yet");
    }
}
