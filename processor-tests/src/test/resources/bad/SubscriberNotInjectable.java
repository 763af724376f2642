package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.Subscribe;

@KilnApplication
final class SubscriberNotInjectableApp {}

final class SubscriberNotInjectable { // <-- [KilnSubscriberNotInjectable]
    @Events("orders")
    interface SubscriberNotInjectableEvents {
        void placed(SubscriberNotInjectablePlaced event);
    }
    record SubscriberNotInjectablePlaced(long id) {}

    @Subscribe
    void on(SubscriberNotInjectablePlaced event) {}
}
