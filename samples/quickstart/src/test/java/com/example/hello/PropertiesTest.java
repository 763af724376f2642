package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.test.KilnTest;
import dev.kiln.test.KilnTestProperties;
import org.junit.jupiter.api.Test;

/** Configuration for the class's application, and a method's own on top of it (docs/testing.md). */
@KilnTest(value = HelloApp.class, properties = {"greetings.prefix=Hi", "kiln.access-log.enabled=true"})
class PropertiesTest {

    @Test
    void greets(GreetingApi client) {
        assertEquals("Hi, Ada", client.greet("Ada", 1).text());   // the class's application: prefix Hi
    }

    @Test
    @KilnTestProperties("greetings.prefix=Yo")
    void other(GreetingApi client, KilnHandle app) {
        assertEquals("Yo, Bo", client.greet("Bo", 1).text());     // its own application, prefix Yo
    }
}
