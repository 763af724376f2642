package dev.kiln.runtime.data;

import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The database's spans and its {@code db.client.operation.duration} histogram, on OpenTelemetry's database
 * conventions: a CLIENT span per statement a repository (or the outbox) runs, named {@code SELECT orders}, with the
 * checked SQL as it was sent — {@code ?} placeholders, never the values. Made by {@link Database} only when
 * {@link Telemetry#enabled()}. Every name is listed in docs/observability.md.
 */
final class DataTelemetry {
    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("db.system.name");
    static final AttributeKey<String> NAMESPACE = AttributeKey.stringKey("db.namespace");
    static final AttributeKey<String> QUERY_TEXT = AttributeKey.stringKey("db.query.text");
    static final AttributeKey<String> QUERY_SUMMARY = AttributeKey.stringKey("db.query.summary");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("db.operation.name");
    static final AttributeKey<String> COLLECTION = AttributeKey.stringKey("db.collection.name");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = Telemetry.ERROR_TYPE;
    static final AttributeKey<String> STATUS_CODE = AttributeKey.stringKey("db.response.status_code");
    static final AttributeKey<Long> RETURNED_ROWS = AttributeKey.longKey("db.response.returned_rows");
    static final AttributeKey<String> FUNCTION = AttributeKey.stringKey("code.function.name");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("kiln.transaction.outcome");

    /** The semantic conventions' advice for {@code db.client.operation.duration}, in seconds. */
    private static final List<Double> DURATION_BUCKETS = List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0);

    private final Telemetry telemetry;
    private final SqlDialect dialect;
    private final String system;
    /** What every statement of this database shares: system, namespace, server. */
    private final Attributes database;
    private final DoubleHistogram duration;

    DataTelemetry(Telemetry telemetry, DataSettings settings) {
        this.telemetry = telemetry;
        this.dialect = settings.dialect();
        this.system = dialect == SqlDialect.H2 ? "h2" : "postgresql";
        this.database = endpoint(settings.url(), system);
        this.duration = telemetry.meter().histogramBuilder("db.client.operation.duration").setUnit("s")
                .setDescription("Duration of database client operations")
                .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
    }

    /**
     * Runs {@code statement} inside a CLIENT span of the current context, and measures it. {@code rows} tells the
     * rows a result holds, or is null for an update count.
     */
    <T> T run(String where, Sql sql, Supplier<T> statement, ToLongFunction<T> rows) {
        AttributesBuilder measured = database.toBuilder();
        if (sql.operation() != null) {
            measured.put(OPERATION, sql.operation());
        }
        if (sql.collection() != null) {
            measured.put(COLLECTION, sql.collection());
        }
        String name = sql.summary() != null ? sql.summary() : system;
        Span span = telemetry.tracer().spanBuilder(name).setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(measured.build()).setAttribute(QUERY_TEXT, sql.text(dialect))
                .setAttribute(FUNCTION, where).startSpan();
        if (sql.summary() != null) {
            span.setAttribute(QUERY_SUMMARY, sql.summary());
        }
        long start = System.nanoTime();
        try (Scope ignored = span.makeCurrent()) {
            T result = statement.get();
            if (rows != null) {
                span.setAttribute(RETURNED_ROWS, rows.applyAsLong(result));
            }
            duration.record(seconds(start), measured.build());
            return result;
        } catch (RuntimeException | Error e) {
            String type = Telemetry.failed(span, e);
            if (e.getCause() instanceof SQLException failure && failure.getSQLState() != null) {
                span.setAttribute(STATUS_CODE, failure.getSQLState());
            }
            duration.record(seconds(start), measured.put(ERROR_TYPE, type).build());
            throw e;
        } finally {
            span.end();
        }
    }

    /** A transaction's span, current on its thread from begin to close. */
    record TransactionSpan(Span span, Scope scope) {
        void end(boolean committed) {
            span.setAttribute(OUTCOME, committed ? "commit" : "rollback");
            scope.close();
            span.end();
        }
    }

    /**
     * Starts the INTERNAL span {@code transaction} of a transaction that begins now, and makes it current; or null
     * outside a trace: a transaction groups a trace's statements and starts none (the outbox relay's, every
     * interval, would otherwise be a trace each).
     */
    TransactionSpan beginTransaction() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Span span = telemetry.tracer().spanBuilder("transaction").setSpanKind(SpanKind.INTERNAL)
                .setAttribute(SYSTEM, system).startSpan();
        return new TransactionSpan(span, span.makeCurrent());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * {@code db.system.name}, {@code db.namespace} (the database's name), {@code server.address} and
     * {@code server.port} from the JDBC URL, as far as it tells them: an in-memory or file H2 has no server.
     */
    static Attributes endpoint(String url, String system) {
        AttributesBuilder attributes = Attributes.builder().put(SYSTEM, system);
        String rest = url.substring("jdbc:".length());
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("h2:mem:") || lower.startsWith("h2:file:") || (lower.startsWith("h2:")
                && !lower.startsWith("h2:tcp:") && !lower.startsWith("h2:ssl:"))) {
            int options = rest.indexOf(';');
            String head = options < 0 ? rest : rest.substring(0, options);
            String name = head.substring(head.lastIndexOf(':') + 1);
            if (!name.isEmpty()) {
                attributes.put(NAMESPACE, name);
            }
            return attributes.build();
        }
        if (lower.startsWith("h2:tcp:") || lower.startsWith("h2:ssl:")) {
            rest = rest.substring(3);
        }
        try {
            int options = rest.indexOf(';');
            URI uri = URI.create(options < 0 ? rest : rest.substring(0, options));
            if (uri.getHost() != null) {
                attributes.put(SERVER_ADDRESS, uri.getHost());
                attributes.put(SERVER_PORT, (long) (uri.getPort() > 0 ? uri.getPort()
                        : system.equals("postgresql") ? 5432 : 9092));
            }
            String path = uri.getPath();
            if (path != null && path.length() > 1) {
                attributes.put(NAMESPACE, path.substring(1));
            }
        } catch (IllegalArgumentException notAUri) {
            // A URL the driver understands and URI does not: the span goes without server and namespace.
        }
        return attributes.build();
    }
}
