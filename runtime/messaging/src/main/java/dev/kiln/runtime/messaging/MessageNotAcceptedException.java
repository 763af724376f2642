package dev.kiln.runtime.messaging;

/**
 * The transport did not accept a message: it was not stored and will not be delivered (Redis unreachable, or
 * the in-process buffer still full after {@code kiln.messaging.memory.publish-timeout}). The caller decides:
 * retry, fail its own request, or store the intent elsewhere. When the cause is a timeout the transport cannot
 * know whether the message got through; publishing it again may deliver it twice, which subscribers handle
 * like any redelivery (same payload, a new id).
 *
 * <pre>{@code
 * try { events.placed(order); } catch (MessageNotAcceptedException e) { throw new ServiceUnavailableException(e.getMessage()); }
 * }</pre>
 */
public class MessageNotAcceptedException extends RuntimeException {
    private final Destination destination;

    public MessageNotAcceptedException(Destination destination, String message, Throwable cause) {
        super(message, cause);
        this.destination = destination;
    }

    /** Where the message was going. */
    public Destination destination() {
        return destination;
    }
}
