package bad;

import badevents.BadEvents;
import dev.kiln.KilnApplication;
import dev.kiln.runtime.lifecycle.Lifecycle;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

@KilnApplication
final class MessagingNotGeneratedApp {} // <-- [KilnMessagingNotGenerated]

/** In the graph (a Lifecycle component), and it injects BadEvents, from a jar built without Kiln's processor. */
@Singleton
final class MessagingNotGenerated implements Lifecycle {
    @Inject
    MessagingNotGenerated(BadEvents events) {}

    @Override
    public void start() {}

    @Override
    public void stop() {}
}
