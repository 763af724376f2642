package dev.kiln.runtime.boot;

import dev.kiln.runtime.http.ClientAborts;
import dev.kiln.runtime.http.RequestHead;
import io.helidon.common.buffers.BufferData;
import io.helidon.common.buffers.DataReader;
import io.helidon.common.buffers.DataWriter;
import io.helidon.common.concurrency.limits.Limit;
import io.helidon.common.socket.HelidonSocket;
import io.helidon.common.socket.PeerInfo;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.ListenerContext;
import io.helidon.webserver.ProxyProtocolData;
import io.helidon.webserver.Router;
import io.helidon.webserver.ServerConnectionException;
import io.helidon.webserver.spi.ServerConnection;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * One HTTP/1 connection as {@link ConnectionGuard} sees it: the context Helidon's connection runs on, with a reader
 * that notes when the connection waits for the client and counts the request aborted when the client goes away,
 * and the connection itself, so that the guard can close it. Which phase the connection is in comes from
 * Helidon's connection listeners ({@link ConnectionGuard}).
 */
final class GuardedConnection implements ConnectionContext, ServerConnection {
    /** Waiting for a request (Helidon's idle timeout applies). */
    static final int IDLE = 0;
    /** Reading a request's line and headers (the header timeout applies). */
    static final int HEAD = 1;
    /** Headers read; the request is being handled, its body read (the body read timeout applies to each read). */
    static final int BODY = 2;
    /** Its answer has begun: too late for a 408. */
    static final int ANSWERED = 3;

    private final ConnectionContext context;
    private final ClientAborts aborts;
    private final Consumer<GuardedConnection> ended;
    private final DataReader reader;
    private volatile ServerConnection connection;
    private volatile int phase = IDLE;
    private volatile long phaseStart = System.nanoTime();
    // When the connection began waiting for the client's bytes; 0 while it is not waiting.
    private volatile long readStart;
    private volatile boolean timedOut;

    /** {@code ended} is told when the connection has finished (on its own thread). */
    GuardedConnection(ConnectionContext context, ClientAborts aborts, Consumer<GuardedConnection> ended) {
        this.context = context;
        this.aborts = aborts;
        this.ended = ended;
        DataReader original = context.dataReader();
        HelidonSocket socket = socketOf(context);
        this.reader = DataReader.create(() -> next(original, socket));
    }

    /** The connection's socket, to read from directly; null when the context does not give it. */
    private static HelidonSocket socketOf(ConnectionContext context) {
        try {
            return context.serverSocket();
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    void connection(ServerConnection connection) {
        this.connection = connection;
    }

    /**
     * The next bytes from the client: first what Helidon's reader holds already (it read the first request's bytes to
     * choose the protocol), then straight from the socket, as Helidon's reader would (its supplier maps a socket
     * failure the same way) — without copying every read out of a second reader. Without a socket, through
     * Helidon's reader.
     */
    private byte[] next(DataReader original, HelidonSocket socket) {
        byte[] bytes;
        if (original.available() > 0) {
            bytes = original.readBytes(original.available());
        } else {
            readStart = System.nanoTime();
            try {
                bytes = socket == null ? pulled(original) : read(socket);
            } catch (RuntimeException e) {
                // Helidon closes a connection whose socket failed without asking any handler: counted here.
                aborted(e);
                throw e;
            } finally {
                readStart = 0;
            }
            if (bytes == null) {
                // The client closed. Between requests that is how keep-alive ends, and aborted() counts nothing.
                aborted(null);
                return null;
            }
        }
        if (phase == IDLE || phase == ANSWERED) {
            // The first bytes of the next request: its head's time starts now.
            phase(HEAD);
        }
        return bytes;
    }

    private static byte[] read(HelidonSocket socket) {
        try {
            return socket.get();
        } catch (UncheckedIOException e) {
            throw new ServerConnectionException("Failed to get data from socket", e);
        }
    }

    private static byte[] pulled(DataReader original) {
        try {
            original.pullData();
        } catch (DataReader.InsufficientDataAvailableException e) {
            return null;
        }
        return original.readBytes(original.available());
    }

    /** Counts the request as aborted if one was under way (or the guard timed it out). */
    private void aborted(RuntimeException failure) {
        int current = phase;
        if (timedOut || current == HEAD || current == BODY) {
            String reason = timedOut ? "timeout" : failure == null ? "closed" : ClientAborts.reason(failure);
            aborts.aborted(current == BODY ? "(reading its body)" : "(reading its headers)", reason);
        }
    }

    /** Moves to {@code phase}; called on the connection's own thread (its reader and Helidon's listeners). */
    void phase(int phase) {
        this.phaseStart = System.nanoTime();
        this.phase = phase;
        RequestHead.reading(phase == HEAD);
    }

    int phase() {
        return phase;
    }

    long phaseStart() {
        return phaseStart;
    }

    long readStart() {
        return readStart;
    }

    /** Writes {@code answer} (unless the answer has begun) and closes the connection under its reading thread. */
    void timeOut(byte[] answer) {
        timedOut = true;
        if (phase != ANSWERED) {
            try {
                context.dataWriter().writeNow(BufferData.create(answer));
            } catch (RuntimeException e) {
                // The client is gone already; closing is all that is left.
            }
        }
        ServerConnection current = connection;
        if (current != null) {
            current.close(true);
        }
    }

    @Override
    public void handle(Limit limit) throws InterruptedException {
        try {
            connection.handle(limit);
        } finally {
            ended.accept(this);
            // The thread goes back to nothing, but leaves nothing behind either.
            ClientAborts.clearMark();
            RequestHead.clear();
        }
    }

    @Override
    public Duration idleTime() {
        return connection.idleTime();
    }

    @Override
    public void close(boolean interrupt) {
        connection.close(interrupt);
    }

    @Override
    public DataReader dataReader() {
        return reader;
    }

    @Override
    public ListenerContext listenerContext() {
        return context.listenerContext();
    }

    @Override
    public ExecutorService executor() {
        return context.executor();
    }

    @Override
    public DataWriter dataWriter() {
        return context.dataWriter();
    }

    @Override
    public Router router() {
        return context.router();
    }

    @Override
    public Optional<ProxyProtocolData> proxyProtocolData() {
        return context.proxyProtocolData();
    }

    @Override
    public HelidonSocket serverSocket() {
        return context.serverSocket();
    }

    @Override
    public PeerInfo remotePeer() {
        return context.remotePeer();
    }

    @Override
    public PeerInfo localPeer() {
        return context.localPeer();
    }

    @Override
    public boolean isSecure() {
        return context.isSecure();
    }

    @Override
    public String socketId() {
        return context.socketId();
    }

    @Override
    public String childSocketId() {
        return context.childSocketId();
    }
}
