package dev.kiln.runtime.messaging;

import java.util.Objects;

/**
 * Where messages go: an events topic (every subscribing application gets each message once) or a queue (one
 * handler in the whole system gets each message). Its {@link #stream()} is the Redis key:
 * {@code kiln:events:<topic>} or {@code kiln:queue:<name>}; dead letters are kept under {@code <stream>:dlq}.
 *
 * <pre>{@code
 * Destination orders = Destination.events("orders");     // kiln:events:orders
 * Destination emails = Destination.queue("emails");      // kiln:queue:emails
 * }</pre>
 *
 * @param kind events or queue
 * @param name the topic or queue name, as in {@code @Events("orders")} / {@code @Queue("emails")}
 */
public record Destination(Kind kind, String name) implements Comparable<Destination> {
    /**
     * The consumer group of every queue: all subscribers of a queue, whatever their application, compete for
     * its messages.
     */
    public static final String QUEUE_GROUP = "kiln-queue";

    /** Events (pub/sub) or a queue (work). */
    public enum Kind {
        EVENTS("events"), QUEUE("queue");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@code events} or {@code queue}: in stream keys, JSON and endpoint paths. */
        public String label() {
            return label;
        }

        /** The kind whose {@link #label()} is {@code label}. */
        public static Kind of(String label) {
            for (Kind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Not a destination kind: '" + label + "' (events or queue)");
        }
    }

    public Destination {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("A topic or queue name must be non-blank without spaces: '" + name + "'");
        }
    }

    /** The topic {@code topic}. */
    public static Destination events(String topic) {
        return new Destination(Kind.EVENTS, topic);
    }

    /** The queue {@code name}. */
    public static Destination queue(String name) {
        return new Destination(Kind.QUEUE, name);
    }

    /** {@code kiln:events:<topic>} or {@code kiln:queue:<name>}. */
    public String stream() {
        return "kiln:" + kind.label + ":" + name;
    }

    /** {@code <stream>:dlq}. */
    public String deadLetterStream() {
        return stream() + ":dlq";
    }

    /** The consumer group a subscribing application reads in: its own name for events, {@link #QUEUE_GROUP} for a queue. */
    public String group(String application) {
        return kind == Kind.EVENTS ? application : QUEUE_GROUP;
    }

    /** The CloudEvents type of {@code method}'s messages: {@code <name>.<method>}. */
    public String type(String method) {
        return name + "." + method;
    }

    /** Written out, not left to the record: a publish looks its destination up, and this is cheaper. */
    @Override
    public int hashCode() {
        return 31 * kind.ordinal() + name.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Destination d && kind == d.kind && name.equals(d.name);
    }

    @Override
    public int compareTo(Destination other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return kind.label + " " + name;
    }
}
