package dev.kiln.runtime.telemetry.sdk;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.ReadableSpan;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sees the HTTP calls that no span records: the JDK's {@code HttpClient} (and {@code HttpURLConnection}, and other
 * clients that ask the default {@link ProxySelector}) asks it where to send each request, and it answers as the
 * selector it replaced did. When the asking thread runs inside a span of an application (its SERVER span, a
 * consumer's span …) but not inside a CLIENT span (a Kiln client's call, already traced), the call is counted as
 * that application's untraced call to the address: {@code GET /kiln/service-map} flags it when the address is
 * another registered application's and no typed client declares the edge.
 *
 * <p>The default selector is JVM-wide: it is installed once, by the first SDK that counts plain calls
 * ({@code kiln.service-map.plain-clients}, default on), and stays (clients built since hold it). A client built before
 * the SDK started, or with its own proxy selector, is not seen; nor is a call made outside any span.
 */
final class OutgoingCalls extends ProxySelector {
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    private static OutgoingCalls installed;   // guarded by OutgoingCalls.class

    private final ProxySelector delegate;
    private final List<ServiceGraphProcessor> graphs = new CopyOnWriteArrayList<>();

    private OutgoingCalls(ProxySelector delegate) {
        this.delegate = delegate;
    }

    /** Counts the plain calls of {@code graph}'s application from now on (installing the selector if needed). */
    static synchronized void register(ServiceGraphProcessor graph) {
        if (installed == null) {
            installed = new OutgoingCalls(ProxySelector.getDefault());
            ProxySelector.setDefault(installed);
        }
        installed.graphs.add(graph);
    }

    /** Stops counting for {@code graph} (the selector stays: clients built meanwhile hold it). */
    static synchronized void unregister(ServiceGraphProcessor graph) {
        if (installed != null) {
            installed.graphs.remove(graph);
        }
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!graphs.isEmpty() && Span.current() instanceof ReadableSpan span && span.getKind() != SpanKind.CLIENT
                && uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme()))) {
            String service = span.toSpanData().getResource().getAttribute(SERVICE_NAME);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            for (ServiceGraphProcessor graph : graphs) {
                if (graph.self().equals(service)) {
                    graph.untraced(uri.getHost() + ":" + port);
                }
            }
        }
        return delegate == null ? List.of(Proxy.NO_PROXY) : delegate.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        if (delegate != null) {
            delegate.connectFailed(uri, address, e);
        }
    }
}
