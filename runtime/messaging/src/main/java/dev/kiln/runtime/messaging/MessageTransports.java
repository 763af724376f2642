package dev.kiln.runtime.messaging;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.messaging.spi.MessageTransport;
import dev.kiln.runtime.messaging.spi.MessageTransportProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The transport {@code kiln.messaging.transport} asks for: {@code memory} (default) or one a module provides
 * through {@link MessageTransportProvider} ({@code redis} with {@code kiln-runtime-messaging-redis}). The one
 * use of {@link ServiceLoader} here, once at start-up; a type nobody provides fails naming the artifact to add.
 */
public final class MessageTransports {
    private MessageTransports() {}

    public static MessageTransport create(KilnConfig config, String application, Clock clock) {
        MessagingSettings settings = MessagingSettings.from(config);
        if (settings.transport().equals("memory")) {
            return new InMemoryTransport(settings.memoryCapacity(), settings.publishTimeout(), clock);
        }
        List<String> provided = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (MessageTransportProvider provider : ServiceLoader.load(MessageTransportProvider.class,
                loader == null ? MessageTransports.class.getClassLoader() : loader)) {
            if (provider.type().equals(settings.transport())) {
                return provider.create(config, application, clock);
            }
            provided.add(provider.type());
        }
        throw new IllegalStateException(unknown(settings.transport(), provided));
    }

    static String unknown(String type, List<String> provided) {
        String known = "memory" + (provided.isEmpty() ? "" : ", " + String.join(", ", provided));
        String message = "Configuration '" + MessagingSettings.TRANSPORT + "' is '" + type + "', which no messaging"
                + " transport on the class path provides (known here: " + known + ")";
        if (type.equals("redis")) {
            return message + "; add the dependency dev.kiln:kiln-runtime-messaging-redis to the application";
        }
        return message + "; use one of those, or add the module that provides '" + type + "'";
    }
}
