package dev.kiln.it;

import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** A component that depends on the supervised poller: it starts after it and is restarted with it. */
@Singleton
public final class FeedIndexer implements Lifecycle {
    private final FeedPoller poller;

    @Inject
    FeedIndexer(FeedPoller poller) {
        this.poller = poller;
    }

    @Override
    public void start() {
        ComponentTrail.record("FeedIndexer.start after " + poller.getClass().getSimpleName());
    }

    @Override
    public void stop() {
        ComponentTrail.record("FeedIndexer.stop");
    }
}
