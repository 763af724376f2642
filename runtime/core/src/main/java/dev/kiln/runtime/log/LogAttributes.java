package dev.kiln.runtime.log;

import tools.jackson.core.JsonGenerator;

/**
 * Fields a log record carries besides its message: a {@link java.util.logging.LogRecord} subclass that implements
 * this has them written as properties of its JSON line (every JSON shape of {@link LogFormat}); the text shape and
 * any other formatter print the message only. The access log's records are such records.
 *
 * <pre>{@code
 * final class OrderRecord extends LogRecord implements LogAttributes {
 *     OrderRecord(long id) { super(Level.INFO, "order " + id + " shipped"); this.id = id; }
 *     public void writeAttributes(JsonGenerator g) { g.writeNumberProperty("orderId", id); }
 * }
 * }</pre>
 */
public interface LogAttributes {
    /** Writes the fields as properties of the record's JSON object (the object is already open). */
    void writeAttributes(JsonGenerator generator);
}
