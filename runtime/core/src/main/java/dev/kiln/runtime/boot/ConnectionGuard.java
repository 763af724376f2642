package dev.kiln.runtime.boot;

import dev.kiln.runtime.http.ClientAborts;
import dev.kiln.runtime.http.KilnHeaders;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemCodec;
import dev.kiln.runtime.json.Json;
import io.helidon.common.buffers.BufferData;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.http.DirectHandler;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ProtocolConfigs;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.http1.Http1ConnectionProvider;
import io.helidon.webserver.spi.ServerConnection;
import io.helidon.webserver.spi.ServerConnectionSelector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server limits Helidon lacks, around Helidon's own HTTP/1 connections: a request's line and headers must
 * arrive within {@code server.header-timeout} of its first byte (slowloris), each read of its body within
 * {@code server.body-read-timeout} (slow uploads); either is answered 408 and closed. More than
 * {@code server.max-header-count} header fields is a 431, more than one {@code Host} a 400 (RFC 9112). A connection beyond {@code server.max-connections} is
 * answered 503 and closed at once, instead of waiting unserved. Helidon's own options carry the rest
 * ({@link #configure}): request line length (414), header size (431), idle keep-alive connections, concurrent
 * requests (503).
 *
 * <p>It is the listener's only connection selector: Helidon then hands it every connection before reading a
 * byte, so that the first byte of a request is seen here. One platform thread checks the open connections every
 * quarter of the shortest timeout (at most once a second) until the server it {@link #watch}es has stopped.
 */
final class ConnectionGuard implements ServerConnectionSelector, AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(ConnectionGuard.class.getName());

    private final ServerLimits limits;
    private final ClientAborts aborts;
    private final ServerConnectionSelector http1;
    private final Set<GuardedConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final ScheduledExecutorService watchdog;
    private final byte[] requestTimeout;
    private final byte[] unavailable;
    private volatile WebServer server;

    private ConnectionGuard(ServerLimits limits, ClientAborts aborts) {
        this.limits = limits;
        this.aborts = aborts;
        Http1Config http1Config = Http1Config.builder()
                .maxPrologueLength(limits.maxRequestLine())
                .maxHeadersSize(limits.maxHeaderSize())
                .addReceiveListener(new Phases())
                .addSendListener(new Answers())
                .build();
        this.http1 = new Http1ConnectionProvider().create(WebServer.DEFAULT_SOCKET_NAME, http1Config,
                ProtocolConfigs.create(List.of(http1Config)));
        this.requestTimeout = answer(408, "Request Timeout", "The request was not received in time; send it faster");
        this.unavailable = answer(503, "Service Unavailable",
                "The server has as many connections open as it may; retry shortly");
        this.watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("kiln-connection-guard").daemon().factory());
        long tick = Math.clamp(Math.min(limits.headerTimeout().toMillis(), limits.bodyReadTimeout().toMillis()) / 4,
                50, 1000);
        watchdog.scheduleWithFixedDelay(this::check, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Applies {@code limits} to {@code server} and returns the guard serving its connections, counting aborts in {@code aborts}. */
    static ConnectionGuard configure(WebServerConfig.Builder server, ServerLimits limits, ClientAborts aborts) {
        ConnectionGuard guard = new ConnectionGuard(limits, aborts);
        Duration idle = limits.idleTimeout();
        server.protocolsDiscoverServices(false)
                .protocols(List.of())
                .addConnectionSelector(guard)
                .idleConnectionTimeout(idle)
                // Helidon checks idle connections each period: a quarter of the timeout keeps the overshoot small.
                .idleConnectionPeriod(Duration.ofMillis(Math.max(1000, idle.toMillis() / 4)))
                .maxConcurrentRequests(limits.maxConcurrentRequests() == 0 ? -1 : limits.maxConcurrentRequests());
        return guard;
    }

    /** Stops checking once {@code server} has stopped. */
    void watch(WebServer server) {
        this.server = server;
    }

    @Override
    public int bytesToIdentifyConnection() {
        return http1.bytesToIdentifyConnection();
    }

    @Override
    public Support supports(BufferData data) {
        return http1.supports(data);
    }

    @Override
    public Set<String> supportedApplicationProtocols() {
        return http1.supportedApplicationProtocols();
    }

    @Override
    public ServerConnection connection(ConnectionContext ctx) {
        if (connections.incrementAndGet() > limits.maxConnections()) {
            return new Refused(ctx);
        }
        GuardedConnection guarded = new GuardedConnection(ctx, aborts, this::ended);
        guarded.connection(http1.connection(guarded));
        open.add(guarded);
        return guarded;
    }

    private void ended(GuardedConnection connection) {
        open.remove(connection);
        connections.decrementAndGet();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    private void check() {
        WebServer watched = server;
        if (watched != null && !watched.isRunning()) {
            close();
            return;
        }
        try {
            long now = System.nanoTime();
            long header = limits.headerTimeout().toNanos();
            long body = limits.bodyReadTimeout().toNanos();
            for (GuardedConnection connection : open) {
                int phase = connection.phase();
                long readStart = connection.readStart();
                if (phase == GuardedConnection.HEAD && now - connection.phaseStart() > header
                        || phase == GuardedConnection.BODY && readStart != 0 && now - readStart > body) {
                    open.remove(connection);
                    connection.timeOut(requestTimeout);
                }
            }
        } catch (RuntimeException e) {
            // A failed check must not end the schedule: the next one tries again.
            LOGGER.log(System.Logger.Level.WARNING, "Checking connections for timeouts failed", e);
        }
    }

    private static byte[] answer(int status, String reason, String detail) {
        byte[] body = Json.encode(ProblemCodec.INSTANCE, Problem.of(status, detail));
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + KilnHeaders.CONTENT_TYPE_PROBLEM.name() + ": " + KilnHeaders.CONTENT_TYPE_PROBLEM.get() + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + (status == 503 ? "Retry-After: 1\r\n" : "")
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** A connection over the limit: answered 503 and closed, without reading its request. */
    private final class Refused implements ServerConnection {
        private final ConnectionContext ctx;

        Refused(ConnectionContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void handle(Limit limit) {
            try {
                ctx.dataWriter().writeNow(BufferData.create(unavailable));
            } catch (RuntimeException e) {
                LOGGER.log(System.Logger.Level.TRACE, "A refused client left before its 503", e);
            } finally {
                connections.decrementAndGet();
            }
        }

        @Override
        public Duration idleTime() {
            return Duration.ZERO;
        }

        @Override
        public void close(boolean interrupt) {
            // Nothing runs: handle writes its answer and returns.
        }
    }

    /** Moves a connection to its request's body once its headers are read, and counts them. */
    private final class Phases implements Http1ConnectionListener {
        @Override
        public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
            // The head is still being read: its timeout runs on from the request's first byte.
        }

        @Override
        public void headers(ConnectionContext ctx, Headers headers) {
            if (headers.size() > limits.maxHeaderCount()) {
                throw RequestException.builder()
                        .type(DirectHandler.EventType.BAD_REQUEST)
                        .status(Status.create(431, "Request Header Fields Too Large"))
                        .message("The request has " + headers.size() + " header fields; the server accepts at most "
                                + limits.maxHeaderCount())
                        .setKeepAlive(false)
                        .build();
            }
            if (headers.all(HeaderNames.HOST, List::of).size() > 1) {
                // RFC 9112 3.2: two Host lines are a 400. Helidon takes the first; a proxy may have routed by another.
                throw badRequest("The request has more than one Host header");
            }
            for (Header header : headers) {
                if (header.name().isEmpty()) {
                    // Helidon's parser lets ": value" through as a header without a name; a field name is a token.
                    throw badRequest("The request has a header line without a name");
                }
            }
            if (ctx instanceof GuardedConnection guarded) {
                guarded.phase(GuardedConnection.BODY);
            }
        }
    }

    private static RequestException badRequest(String message) {
        return RequestException.builder()
                .type(DirectHandler.EventType.BAD_REQUEST)
                .status(Status.BAD_REQUEST_400)
                .message(message)
                .setKeepAlive(false)
                .build();
    }

    /** Marks a connection answered once its response status is written: no 408 may follow. */
    private static final class Answers implements Http1ConnectionListener {
        @Override
        public void status(ConnectionContext ctx, Status status) {
            if (ctx instanceof GuardedConnection guarded) {
                guarded.phase(GuardedConnection.ANSWERED);
            }
        }
    }
}
