package dev.kiln.runtime.messaging.spi;

/** A running consumer; closing it stops new deliveries and waits a bounded time for those in flight. */
public interface ConsumerHandle extends AutoCloseable {
    @Override
    void close();
}
