package dev.kiln.runtime.log;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id of each request: taken from the request's {@code X-Request-Id} header when it is sane (1 to 128
 * visible ASCII characters), otherwise created (a random UUID). {@link RequestIdFilter} assigns it before
 * anything else runs, echoes it on every response and puts it in the {@link LogContext}; handlers and
 * filters read it here.
 *
 * <pre>{@code
 * String id = RequestIds.of(req);                      // "4f1c…" or the caller's own id
 * downstream.header(RequestIds.HEADER, id);           // pass it on to the next service
 * executor.submit(RequestIds.wrap(() -> work()));      // current() and log lines there carry the id too
 * }</pre>
 *
 * <p>On another thread the id travels in OpenTelemetry's {@link Context} (under a private {@link ContextKey}): Kiln
 * puts it there when telemetry is on (the server span's context) and whenever it hands work to another thread
 * ({@link #wrap(Runnable)}); an application that hands work on itself does the same with {@link #wrap(Runnable)}.
 * Without telemetry the request's own thread reads the id from a thread-local, as cheaply as before.
 */
public final class RequestIds {
    /** {@code X-Request-Id}: read from requests, written on every response. */
    public static final HeaderName HEADER = HeaderNames.create("X-Request-Id");

    /** The longest id accepted from a caller. */
    public static final int MAX_LENGTH = 128;

    /** The context classifier of a {@linkplain #share shared} id: private, so only this class assigns it. */
    private static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "kiln.request-id";
        }
    };

    /**
     * The request the current thread handles, and its id. Helidon runs a request's filters, handler and error
     * handling on one thread (a virtual thread per HTTP/1 connection or HTTP/2 stream), so a thread-local
     * keeps the id without creating the request's Helidon context, which costs more than the rest of the
     * filter. It is emptied when the request returns from the filter, and dies with the thread.
     */
    /** Where the id rides in OpenTelemetry's context, so that it crosses to other threads with the context. */
    private static final ContextKey<String> CONTEXT_KEY = ContextKey.named("kiln.request-id");

    private static final ThreadLocal<Current> CURRENT = ThreadLocal.withInitial(Current::new);

    private static final class Current {
        ServerRequest request;
        String id;
    }

    private RequestIds() {}

    /**
     * The request's id, or null when the request did not pass {@link RequestIdFilter} (custom routing). On a
     * thread other than the request's own (an executor the handler hands work to), the id is known only once
     * the request's thread has called {@link #share}; passing the id itself along is simpler.
     */
    public static String of(ServerRequest req) {
        Current current = CURRENT.get();
        if (current.request == req) {
            return current.id;
        }
        return req.context().get(KEY, String.class).orElse(null);
    }

    /**
     * Sets {@code X-Request-Id} on {@code res} to the id of {@code req}, when it has one. For answers written
     * after Helidon's error handling reset the headers the request id filter set.
     */
    public static void echo(ServerRequest req, ServerResponse res) {
        String id = of(req);
        if (id != null) {
            res.header(RequestIdHeader.of(id));
        }
    }

    /**
     * Makes the id of {@code req}, which this thread is handling, readable through {@link #of} from any
     * thread (it is put in the request's Helidon context, which costs about as much as a small handler).
     */
    public static void share(ServerRequest req) {
        share(req, of(req));
    }

    /**
     * Makes {@code id}, which the request's own thread read with {@link #of}, readable through {@link #of} from any
     * thread: for code that only learns on another thread that it needs the id there (Kiln's request-timeout
     * watchdog, which answers from its own thread, and only for requests that time out).
     */
    public static void share(ServerRequest req, String id) {
        if (id != null) {
            req.context().register(KEY, id);
        }
    }

    /**
     * The id of the request this thread is handling, or, on another thread, the id carried by the current
     * OpenTelemetry {@link Context} ({@link #wrap(Runnable)}); null outside a request or with custom routing that
     * does not install {@link RequestIdFilter}. The typed client sends it on the calls a handler makes, so the called
     * service logs the same id.
     */
    public static String current() {
        String id = CURRENT.get().id;
        return id != null ? id : Context.current().get(CONTEXT_KEY);
    }

    /** {@code context} with {@link #current()} in it, when there is an id and the context does not hold it yet. */
    public static Context inContext(Context context) {
        String id = CURRENT.get().id;
        return id == null || id.equals(context.get(CONTEXT_KEY)) ? context : context.with(CONTEXT_KEY, id);
    }

    /**
     * {@code task} run in the current context with this request's id: on any thread, {@link #current()}, log lines
     * and (with telemetry) the current span are this request's.
     *
     * <pre>{@code
     * executor.execute(RequestIds.wrap(() -> LOGGER.log(INFO, "done")));   // the line carries the request id
     * }</pre>
     */
    public static Runnable wrap(Runnable task) {
        return inContext(Context.current()).wrap(task);
    }

    /** As {@link #wrap(Runnable)}, for a task with a result. */
    public static <T> java.util.concurrent.Callable<T> wrap(java.util.concurrent.Callable<T> task) {
        return inContext(Context.current()).wrap(task);
    }

    /** The id a request with these headers gets: its {@code X-Request-Id} when acceptable, otherwise a new one. */
    public static String acceptOrCreate(Headers headers) {
        return acceptOrCreate(headers.first(HEADER).orElse(null));   // one lookup; no Optional when absent
    }

    /** {@code candidate} when it is an acceptable id, otherwise a new one. */
    public static String acceptOrCreate(String candidate) {
        return isAcceptable(candidate) ? candidate : create();
    }

    /**
     * True for 1 to {@value #MAX_LENGTH} visible ASCII characters ({@code !} to {@code ~}): no spaces, no
     * control characters, nothing that could forge a log line or a header.
     */
    public static boolean isAcceptable(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < '!' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * A new id: a version 4 UUID from {@link ThreadLocalRandom}. Ids need to be unique, not unguessable, so
     * this skips {@code SecureRandom}, which {@link UUID#randomUUID()} pays for on every call.
     */
    public static String create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                         // version 4
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(high, low).toString();
    }

    static void set(ServerRequest req, String id) {
        Current current = CURRENT.get();
        current.request = req;
        current.id = id;
    }

    /** The thread's request is over (two field writes: the thread-local itself stays for the next request). */
    static void clear() {
        Current current = CURRENT.get();
        current.request = null;
        current.id = null;
    }
}
