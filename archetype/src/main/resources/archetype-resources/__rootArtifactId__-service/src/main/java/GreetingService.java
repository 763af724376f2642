package ${package};

import ${package}.api.Greeting;
import ${package}.api.GreetingApi;
import ${package}.api.NewGreeting;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Serves {@link GreetingApi}: Kiln generates its router and binds it in the application's graph. */
@Singleton
final class GreetingService implements GreetingApi {
    private final List<Greeting> kept = new CopyOnWriteArrayList<>();

    @Inject
    GreetingService() {}

    @Override
    public Greeting greet(String name) {
        return new Greeting("Hello, " + name);
    }

    @Override
    public Greeting add(NewGreeting greeting) {
        Greeting g = new Greeting(greeting.text());
        kept.add(g);
        return g;
    }

    @Override
    public List<Greeting> all() {
        return List.copyOf(kept);
    }
}
