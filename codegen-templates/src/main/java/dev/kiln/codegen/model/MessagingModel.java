package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @Events} or {@code @Queue} interface: its destination and one message per method.
 *
 * @param iface       the interface
 * @param queue       {@code true} for {@code @Queue}, {@code false} for {@code @Events}
 * @param destination the topic or queue name
 * @param messages    its methods, in declaration order
 */
public record MessagingModel(ClassName iface, boolean queue, String destination, List<Message> messages) {

    /**
     * One method: it publishes one payload type.
     *
     * @param method      the method's name: the CloudEvents type is {@code <destination>.<method>}
     * @param parameter   its parameter's name
     * @param payload     the record or enum published
     * @param orderingKey the payload's {@code @OrderingKey} component, when it has one
     */
    public record Message(String method, String parameter, ClassName payload, Optional<OrderingKey> orderingKey) {
        /** The payload's generated codec. */
        public ClassName codecName() {
            return Names.codec(payload);
        }
    }

    /**
     * A payload's ordering key.
     *
     * @param accessor the record component's accessor
     * @param string   whether it is a {@code String} (passed as it is; otherwise through {@code String.valueOf})
     */
    public record OrderingKey(String accessor, boolean string) {}

    /** The generated publisher's name: {@code <Interface>Publisher}, next to it. */
    public ClassName publisherName() {
        return Names.sibling(iface, "Publisher");
    }
}
