package bad;

import dev.kiln.Queue;

@Queue("Email Jobs") // <-- [KilnInvalidDestination]
interface QueueBadName {
    void send(Job job);

    record Job(String to) {}
}
