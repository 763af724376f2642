package dev.kiln.runtime.boot;

import dev.kiln.runtime.http.ErrorResponses;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.log.RequestIds;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code server.request-timeout}: a request whose route has not begun its answer when its time is up gets a
 * 503 problem, and the thread handling it is interrupted. Exactly one answer is sent: whichever side passes
 * the gate first (the route's own send, or the timeout) wins; the loser's send is refused with a
 * {@link LateAnswer}, which this filter swallows along with anything else the late route throws.
 *
 * <p>It is the outermost filter of every route rather than a server filter: a route's exceptions reach
 * Helidon's error handlers inside the server filters' chain, so only a filter around the route itself can
 * keep a timed-out route's failure from being logged and answered as a 500. Requests no route serves are
 * answered at once and need no deadline.
 *
 * <p>Per request this costs one small object and a lock-free queue insertion; a call that ended in time lets go
 * of its request at once, so the queue never keeps requests alive. A watchdog thread (started
 * with the first request, ended after a minute without any) sweeps the queue every {@code timeout / 20}
 * (5–100 ms). When a request expires it interrupts the handler, which usually ends at once (blocking calls
 * throw); the handler's own thread then answers 503. If it has not come back after {@link #GRACE_NANOS},
 * the watchdog answers from its thread, with {@code Connection: close}: the connection stays busy until
 * the handler returns.
 */
final class RequestTimeoutFilter implements KilnFilter {
    static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final System.Logger LOGGER = System.getLogger(RequestTimeoutFilter.class.getName());

    private final long timeoutNanos;
    private final long tickNanos;
    private final String detail;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean watching = new AtomicBoolean();

    RequestTimeoutFilter(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.tickNanos = Math.clamp(timeoutNanos / 20, TimeUnit.MILLISECONDS.toNanos(5), TimeUnit.MILLISECONDS.toNanos(100));
        this.detail = "The request did not finish within " + ServerSettings.describe(timeout);
    }

    /** Outermost: the deadline covers every other filter of the route too. */
    @Override
    public int order() {
        return Integer.MIN_VALUE;
    }

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
        Call call = new Call(req, res, Thread.currentThread(), System.nanoTime() + timeoutNanos);
        res.beforeSend(call);
        calls.offer(call);
        watch();
        try {
            next.proceed(req, res);
        } catch (Throwable e) {
            if (call.leave()) {
                call.release();
                throw e;
            }
            timedOut(call, e);
            return;
        }
        if (call.leave()) {
            call.release();
        } else {
            timedOut(call, null);
        }
    }

    /** On the handler's thread, once the route has returned or thrown after its time was up. */
    private void timedOut(Call call, Throwable late) {
        call.awaitInterrupt();
        // The interrupt was meant for the route; this thread goes on serving the connection.
        Thread.interrupted();
        if (call.claim(Call.ANSWERED_HERE)) {
            answer(call, false);
        } else {
            call.awaitAnswer();
        }
        if (late != null && !(late instanceof LateAnswer)) {
            LOGGER.log(System.Logger.Level.DEBUG, () -> "Timed-out request " + call.describe()
                    + " ended with an exception after its 503 was decided", late);
        }
    }

    /** Starts the watchdog unless it runs. Called after the queue insertion, which the watchdog checks last. */
    private void watch() {
        if (!watching.get() && watching.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("kiln-request-timeouts").start(this::sweepUntilIdle);
        }
    }

    private void sweepUntilIdle() {
        List<Call> expired = new ArrayList<>();
        long busy = System.nanoTime();
        while (true) {
            LockSupport.parkNanos(this, tickNanos);
            long now = System.nanoTime();
            sweep(now, expired);
            if (!expired.isEmpty()) {
                answerExpired(expired);
                expired.clear();
            }
            if (!calls.isEmpty()) {
                busy = now;
            } else if (now - busy > IDLE_NANOS) {
                watching.set(false);
                // A request queued after the isEmpty check above finds watching false and starts a new watchdog;
                // one queued before it is seen here, and this watchdog goes on unless that one took over.
                if (calls.isEmpty() || !watching.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    /** Drops finished calls and moves the expired ones to {@code expired}, interrupting their handlers. */
    private void sweep(long now, List<Call> expired) {
        for (Iterator<Call> it = calls.iterator(); it.hasNext(); ) {
            Call call = it.next();
            if (call.get() != Call.RUNNING) {
                it.remove();
            } else if (now - call.deadline >= 0) {
                it.remove();
                if (call.expire()) {
                    expired.add(call);
                    try (Scope ignored = call.context.makeCurrent()) {
                        LOGGER.log(System.Logger.Level.WARNING, () -> "Request " + call.describe()
                                + " did not finish within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                                + " ms; answering 503 and interrupting its handler");
                    }
                }
            }
        }
    }

    /** Lets handlers that react to the interrupt answer on their own thread, then answers the others. */
    private void answerExpired(List<Call> expired) {
        long graceEnd = System.nanoTime() + GRACE_NANOS;
        for (long left = GRACE_NANOS; left > 0; left = graceEnd - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
        for (Call call : expired) {
            if (call.claim(Call.ANSWERED_BY_WATCHDOG)) {
                answer(call, true);
            }
        }
    }

    private void answer(Call call, boolean fromWatchdog) {
        try {
            // Drop what the route may have set (headers, status) before its time ran out.
            if (call.res instanceof RoutingResponse routing) {
                routing.reset();
            }
            if (fromWatchdog) {
                call.res.header(HeaderValues.CONNECTION_CLOSE);
                RequestIds.share(call.req, call.requestId); // the problem answered from here carries it too
                // The request's context (its span, its id), so that the answer and its log lines belong to it.
                try (Scope ignored = call.context.makeCurrent()) {
                    ErrorResponses.send(call.req, call.res, Problem.of(503, detail));
                }
            } else {
                ErrorResponses.send(call.req, call.res, Problem.of(503, detail));
            }
        } catch (RuntimeException e) {
            // The connection may be gone: an interrupt during socket I/O closes the socket.
            LOGGER.log(System.Logger.Level.DEBUG, () -> "Could not send the 503 of timed-out request " + call.describe(), e);
        } finally {
            call.answered();
        }
    }

    /** Thrown by a send that comes after the request's 503 was decided; this filter swallows it. */
    static final class LateAnswer extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        LateAnswer() {
            super("The request timed out; its 503 answer was decided already", null, false, false);
        }
    }

    /**
     * One request in flight: its state (the atomic value, so that no second object is needed), and the gate
     * every send of its response passes.
     */
    static final class Call extends AtomicInteger implements Runnable {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        static final int RUNNING = 0;
        static final int ANSWERING = 1;             // the route's own send passed the gate
        static final int LEFT = 2;                  // the route ended (by an exception) before any send
        static final int EXPIRED = 3;               // the watchdog decided on 503 and interrupts the handler
        static final int ANSWERED_HERE = 4;         // the handler's thread sends the 503
        static final int ANSWERED_BY_WATCHDOG = 5;

        // Dropped once the route has ended in time: the queue keeps a finished call until the next sweep, and
        // must not keep its request (and the request's buffers) alive that long.
        transient ServerRequest req;
        transient ServerResponse res;
        transient Thread handler;
        final long deadline;
        /** Read on the handler's thread, where it is known; the watchdog logs and answers with it. */
        final String requestId;
        /** The handler's context (a thread-local read): the watchdog answers in it. */
        final transient Context context;
        private volatile boolean interrupted;
        private volatile boolean answered;

        Call(ServerRequest req, ServerResponse res, Thread handler, long deadline) {
            this.req = req;
            this.res = res;
            this.handler = handler;
            this.deadline = deadline;
            this.requestId = RequestIds.of(req);
            this.context = Context.current();
        }

        /** The gate, run by Helidon just before the response is written. */
        @Override
        public void run() {
            if (get() == RUNNING && compareAndSet(RUNNING, ANSWERING)) {
                return;
            }
            int now = get();
            boolean onHandler = Thread.currentThread() == handler;
            if (now == ANSWERING || now == LEFT
                    || (now == ANSWERED_HERE && onHandler)
                    || (now == ANSWERED_BY_WATCHDOG && !onHandler)) {
                return;
            }
            throw new LateAnswer();
        }

        /** On the handler's thread when the route ends: false when the request's time ran out first. */
        boolean leave() {
            int now = get();
            return now == ANSWERING || now == LEFT || (now == RUNNING && compareAndSet(RUNNING, LEFT));
        }

        /** After {@link #leave()} returned true: the watchdog will not touch this call again. */
        void release() {
            req = null;
            res = null;
            handler = null;
        }

        /** On the watchdog: decides on 503 unless the route got ahead, and interrupts its handler. */
        boolean expire() {
            if (!compareAndSet(RUNNING, EXPIRED)) {
                return false;
            }
            handler.interrupt();
            interrupted = true;
            return true;
        }

        boolean claim(int sender) {
            return compareAndSet(EXPIRED, sender);
        }

        void awaitInterrupt() {
            while (!interrupted) {
                Thread.onSpinWait();
            }
        }

        void answered() {
            answered = true;
            if (get() == ANSWERED_BY_WATCHDOG) {
                LockSupport.unpark(handler);
            }
        }

        void awaitAnswer() {
            while (!answered) {
                LockSupport.park(this);
            }
        }

        String describe() {
            return req.prologue().method().text() + " " + req.prologue().uriPath().rawPath()
                    + (requestId == null ? "" : " (request id " + requestId + ")");
        }
    }
}
