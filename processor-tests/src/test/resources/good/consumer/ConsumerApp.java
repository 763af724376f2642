package consumer;

import dev.kiln.KilnApplication;

@KilnApplication
public final class ConsumerApp {
    private ConsumerApp() {}
}
