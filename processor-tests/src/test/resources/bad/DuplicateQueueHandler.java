package bad;

import dev.kiln.KilnApplication;
import dev.kiln.Queue;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@KilnApplication
final class DuplicateQueueHandlerApp {}

final class DuplicateQueueHandler {
    @Queue("emails")
    interface DuplicateQueueHandlerQueue {
        void send(DuplicateQueueHandlerJob job);
    }
    record DuplicateQueueHandlerJob(String to) {}

    @Inject
    DuplicateQueueHandler() {}

    @Subscribe
    void send(DuplicateQueueHandlerJob job) {}

    @Subscribe // <-- [KilnDuplicateQueueHandler]
    void sendAgain(DuplicateQueueHandlerJob job) {}
}
