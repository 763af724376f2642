package com.example.hello;

import dev.kiln.runtime.config.KilnConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

@Singleton
final class GreetingService implements GreetingApi {
    private final List<Greeting> added = new CopyOnWriteArrayList<>();
    private final String word;

    @Inject
    GreetingService(KilnConfig config) {
        this.word = config.get("greetings.prefix", "Hello");
    }

    @Override
    public Greeting greet(String name, int times) {
        return new Greeting(String.join(" ", Collections.nCopies(times, word)) + ", " + name, Tone.WARM,
                List.of(name));
    }

    @Override
    public Greeting add(NewGreeting greeting) {
        Greeting g = new Greeting(greeting.text(), greeting.tone(), List.of());
        added.add(g);
        return g;
    }

    @Override
    public List<Greeting> all() {
        return List.copyOf(added);
    }
}
