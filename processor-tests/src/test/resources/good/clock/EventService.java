package clock;

import jakarta.inject.Inject;

final class EventService implements EventApi {
    @Inject
    EventService() {}

    @Override
    public void add(Event event) {}
}
