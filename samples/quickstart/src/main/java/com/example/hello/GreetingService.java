package com.example.hello;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

@Singleton
final class GreetingService implements GreetingApi {
    private final List<Greeting> added = new CopyOnWriteArrayList<>();

    @Inject
    GreetingService() {}

    @Override
    public Greeting greet(String name, int times) {
        return new Greeting(String.join(" ", Collections.nCopies(times, "Hello")) + ", " + name, Tone.WARM,
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
