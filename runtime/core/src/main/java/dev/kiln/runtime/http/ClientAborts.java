package dev.kiln.runtime.http;

import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.common.buffers.DataReader;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongCounter;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.ServerConnectionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests that ended because of the client, not the server: it closed or reset the connection, or was too slow and
 * timed out, before or while sending its request. None is a server error: each is logged at {@code FINE} without a
 * stack trace on the {@code dev.kiln.runtime.http.ClientAborts} logger, gets no error id, is not recorded in
 * {@code /kiln/errors}, and is counted here: {@link #count()}, and the OpenTelemetry counter
 * {@value #METRIC} (attribute {@code reason}) when telemetry is on.
 *
 * <pre>{@code
 * ClientAborts aborts = new ClientAborts(telemetry);
 * ErrorResponses.install(routing, mappers, errors, aborts);
 * }</pre>
 *
 * <p>The connection's reader counts the abort where it sees it (a read that failed or timed out) and so marks its
 * thread; whatever answers the request afterwards on that thread asks {@link #abortedBy}, because Helidon reports
 * a connection that broke while its headers were being read as an internal error, without the cause.
 */
public final class ClientAborts {
    /** The OpenTelemetry counter of aborted requests. */
    public static final String METRIC = "kiln.http.server.aborted";

    private static final System.Logger LOGGER = System.getLogger(ClientAborts.class.getName());
    private static final AttributeKey<String> REASON = AttributeKey.stringKey("reason");
    private static final LongAdder TOTAL = new LongAdder();
    // One connection, one thread: the mark never leaves the connection that set it.
    private static final ThreadLocal<Mark> MARK = new ThreadLocal<>();

    private final LongAdder count = new LongAdder();
    private final LongCounter counter;

    /** Counts into {@code telemetry}'s meter as well (a no-op meter when telemetry is off). */
    public ClientAborts(Telemetry telemetry) {
        this.counter = Objects.requireNonNull(telemetry, "telemetry").meter().counterBuilder(METRIC)
                .setDescription("Requests that ended because the client closed, reset or was too slow")
                .setUnit("{request}")
                .build();
    }

    /** Counts nowhere but here. */
    public static ClientAborts untracked() {
        return new ClientAborts(Telemetry.noop());
    }

    /** Aborted requests counted by this instance. */
    public long count() {
        return count.sum();
    }

    /** Aborted requests counted by every instance in this JVM (tests, diagnostics). */
    public static long total() {
        return TOTAL.sum();
    }

    /**
     * Whether {@code failure} says the connection went away under the request: the body or headers ended early,
     * the peer reset or closed the socket, or a write to it failed.
     */
    public static boolean isClientAbort(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataReader.InsufficientDataAvailableException || t instanceof ServerConnectionException
                    || t instanceof CloseConnectionException || t instanceof java.net.SocketException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            if (t instanceof UncheckedIOException || t instanceof IOException) {
                String message = String.valueOf(t.getMessage());
                if (message.contains("Connection reset") || message.contains("Broken pipe")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Forgets the current connection's mark, once its request has been answered. */
    public static void clearMark() {
        MARK.remove();
    }

    /**
     * Why the current request ended by its client's doing ({@code closed}, {@code reset}, {@code timeout}): as counted
     * on this thread already, else what {@code failure} says; null when it is no abort.
     */
    public String abortedBy(Throwable failure) {
        Mark mark = MARK.get();
        if (mark != null) {
            return mark.reason();
        }
        return failure != null && isClientAbort(failure) ? reason(failure) : null;
    }

    /**
     * Counts one aborted request and logs it at {@code FINE}, without a stack trace; once per request, however many
     * handlers on its way see the abort (an error handler whose answer cannot be written hands over to the direct
     * handler, which sees it again).
     */
    public void aborted(String where, String reason) {
        Mark mark = MARK.get();
        if (mark != null && mark.counted()) {
            return;
        }
        MARK.set(new Mark(reason, true));
        count.increment();
        TOTAL.increment();
        counter.add(1, Attributes.of(REASON, reason));
        LOGGER.log(System.Logger.Level.DEBUG, () -> "Request " + where + " ended by the client: " + reason);
    }

    /** {@code closed}, {@code reset}, {@code timeout}: a short name for what ended the request. */
    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataReader.InsufficientDataAvailableException) {
                return "closed";
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("reset")) {
                return "reset";
            }
        }
        return "closed";
    }

    private record Mark(String reason, boolean counted) {}
}
