package dev.kiln.runtime.log;

import io.helidon.logging.common.HelidonMdc;

/**
 * What log lines written while a request is handled can carry: its request id, under the key
 * {@value #REQUEST_ID} of Helidon's MDC ({@link HelidonMdc}), which reaches every logging backend Helidon
 * supports (java.util.logging, SLF4J, Log4j). With java.util.logging, Helidon's formatter prints it with
 * {@code %X{requestId}}:
 *
 * <pre>{@code
 * # logging.properties
 * handlers=io.helidon.logging.jul.HelidonConsoleHandler
 * java.util.logging.SimpleFormatter.format=%1$tFT%1$tT.%1$tL %4$s %3$s [%X{requestId}] %5$s%6$s%n
 * }</pre>
 *
 * Code that logs through another channel can take the id itself:
 *
 * <pre>{@code
 * String id = LogContext.requestId();   // null outside a request
 * }</pre>
 */
public final class LogContext {
    /** The MDC key of the request id. */
    public static final String REQUEST_ID = "requestId";

    private LogContext() {}

    /**
     * The id of the request this thread is handling, or null. On a thread a request handed work to, the id carried
     * in OpenTelemetry's context ({@link RequestIds#wrap(Runnable)}).
     */
    public static String requestId() {
        String id = HelidonMdc.get(REQUEST_ID).orElse(null);
        return id != null ? id : RequestIds.current();
    }

    static void requestId(String id) {
        HelidonMdc.set(REQUEST_ID, id);
    }
}
