package dev.kiln.runtime.messaging;

import java.time.Clock;
import java.time.Duration;

/** The operations endpoints and readiness over HTTP on the in-process transport. */
class InMemoryMessagingEndpointTest extends MessagingEndpointContract {
    // One transport per test: every application of the test is in this process, on it (billing's stop closes it).
    private final InMemoryTransport transport = new InMemoryTransport(100, Duration.ofSeconds(5), Clock.systemUTC());

    @Override
    protected Messaging messaging(String application, MessagingSettings settings) {
        return Messaging.create(transport, application, settings, Clock.systemUTC());
    }

    @Override
    protected String transport() {
        return "memory";
    }
}
