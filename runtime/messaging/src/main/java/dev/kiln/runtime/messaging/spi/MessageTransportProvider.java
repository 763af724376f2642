package dev.kiln.runtime.messaging.spi;

import dev.kiln.runtime.config.KilnConfig;
import java.time.Clock;

/**
 * How a module offers a {@code kiln.messaging.transport}. Kiln's own wiring, loaded once through
 * {@link java.util.ServiceLoader} by {@link dev.kiln.runtime.messaging.MessageTransports#create} so that
 * {@code kiln-runtime-messaging} does not depend on Redis. A module lists its provider in
 * {@code META-INF/services/dev.kiln.runtime.messaging.spi.MessageTransportProvider}.
 *
 * <pre>{@code
 * public final class RedisTransportProvider implements MessageTransportProvider {
 *     @Override public String type() { return "redis"; }
 *     @Override public MessageTransport create(KilnConfig config, String application, Clock clock) { ... }
 * }
 * }</pre>
 */
public interface MessageTransportProvider {

    /** The value of {@code kiln.messaging.transport} it answers, lower case. */
    String type();

    /** A connected transport for {@code application}; throws, naming the address, when its store cannot be reached. */
    MessageTransport create(KilnConfig config, String application, Clock clock);
}
