package dev.kiln.runtime.messaging.spi;

import dev.kiln.runtime.messaging.Destination;
import dev.kiln.runtime.messaging.Envelope;
import dev.kiln.runtime.messaging.MessageNotAcceptedException;
import dev.kiln.runtime.messaging.MessagingOperations;
import java.util.Optional;

/**
 * What moves messages: the in-process transport ({@code kiln.messaging.transport=memory}) or one a module
 * provides through {@link MessageTransportProvider} ({@code redis}). Generated code never calls it directly:
 * it goes through {@link dev.kiln.runtime.messaging.Publisher} and {@link dev.kiln.runtime.messaging.Dispatcher}.
 *
 * <p>Contract every transport keeps: {@link #publish} returns only once the message is stored, or throws
 * {@link MessageNotAcceptedException}; a consumer's message is acknowledged only after
 * {@link MessageConsumer#handle} returns; a handler that throws is retried after its policy's backoff, with
 * {@code attempt} one higher, until the policy is exhausted, and then the message becomes a dead letter;
 * messages with the same ordering key are handled one after the other, and one being retried holds back only
 * its own key.
 */
public interface MessageTransport extends AutoCloseable {

    /** {@code memory}, {@code redis}: the value of {@code kiln.messaging.transport} that chose it. */
    String type();

    /** Stores {@code envelope} on {@code destination}; returns once it is accepted. */
    void publish(Destination destination, Envelope envelope) throws MessageNotAcceptedException;

    /**
     * Makes sure {@code group} exists on {@code destination}, so that messages published from now on are kept
     * for it even before it consumes. Idempotent.
     */
    void declare(Destination destination, String group);

    /** Starts delivering {@code destination}'s messages for {@code group} to {@code consumer}. */
    ConsumerHandle consume(Destination destination, String group, MessageConsumer consumer);

    /** Counts, dead letters, replay and purge. */
    MessagingOperations operations();

    /** Why the transport cannot reach its store now (for readiness), or empty when it can. */
    default Optional<String> connectionProblem() {
        return Optional.empty();
    }

    /** Stops every consumer and releases connections and threads. */
    @Override
    void close();
}
