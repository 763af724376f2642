package dev.kiln.runtime.client;

import dev.kiln.runtime.registry.ServiceRegistry;
import io.helidon.http.Method;
import io.helidon.webclient.api.WebClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP side of a typed client: a Helidon {@link WebClient}, the service's base URI (which may carry
 * a path prefix) and its name for error messages. Generated clients get one from
 * {@link KilnClientBuilder#buildHttpClient()} and start each call with {@link #call}.
 *
 * <pre>{@code
 * ClientCall call = http.call(Method.GET, "/orders/" + ClientCall.segment(String.valueOf(id)));
 * Order order = call.send().json(200, OrderJsonCodec.INSTANCE);
 * }</pre>
 */
public final class KilnHttpClient {
    private final String service;
    private final URI baseUri;
    private final String base;
    private final WebClient webClient;
    private final Duration readTimeout;
    private final ClientCredentials credentials;
    /** Null for a client with a base URI; set for a client that finds its service in the registry. */
    private final DiscoveredEndpoints endpoints;
    private final RetryBudget retryBudget;

    KilnHttpClient(String service, URI baseUri, WebClient webClient, Duration readTimeout,
                   ClientCredentials credentials) {
        this(service, baseUri, webClient, readTimeout, credentials, null, null);
    }

    private KilnHttpClient(String service, URI baseUri, WebClient webClient, Duration readTimeout,
                           ClientCredentials credentials, DiscoveredEndpoints endpoints, RetryBudget retryBudget) {
        this.endpoints = endpoints;
        this.retryBudget = retryBudget;
        this.service = Objects.requireNonNull(service, "service");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.webClient = Objects.requireNonNull(webClient, "webClient");
        this.readTimeout = readTimeout;
        this.credentials = credentials;
        String text = baseUri.toString();
        int query = text.indexOf('?');
        text = query < 0 ? text : text.substring(0, query);
        // Routes start with '/': drop the base's trailing slash so "http://h/api/" + "/orders" has one.
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * A client that finds {@code service}'s UP instances in {@code registry}: one client per instance, sharing
     * {@code webClient} (its connection pool) and the credentials.
     */
    static KilnHttpClient discovered(String service, ServiceRegistry registry, DiscoverySettings settings,
                                     WebClient webClient, Duration readTimeout, ClientCredentials credentials) {
        DiscoveredEndpoints endpoints = new DiscoveredEndpoints(service, registry, settings,
                instance -> new KilnHttpClient(service, instance.uri(), webClient, readTimeout, credentials)).watch();
        return new KilnHttpClient(service, URI.create("registry:" + service), webClient, readTimeout, credentials,
                endpoints, new RetryBudget(settings.retryBudget()));
    }

    /** A client for {@code service} at {@code baseUri} with default timeouts. */
    public static KilnHttpClient create(String service, URI baseUri) {
        return new KilnClientBuilder.Plain(service).baseUri(baseUri).buildHttpClient();
    }

    /** Starts a request to {@code path} (already percent-encoded, starting with {@code /}) below the base URI. */
    public ClientCall call(Method method, String path) {
        return new ClientCall(this, method, path);
    }

    /** The logical service name. */
    public String service() {
        return service;
    }

    /**
     * The base URI requests are resolved against; for a client that finds its service in the registry,
     * {@code registry:<service>} (each call then goes to one instance's URI).
     */
    public URI baseUri() {
        return baseUri;
    }

    /** Whether this client finds its service in the registry rather than at a base URI. */
    public boolean isDiscovered() {
        return endpoints != null;
    }

    DiscoveredEndpoints endpoints() {
        return endpoints;
    }

    RetryBudget retryBudget() {
        return retryBudget;
    }

    String base() {
        return base;
    }

    WebClient webClient() {
        return webClient;
    }

    Duration readTimeout() {
        return readTimeout;
    }

    /** The credentials sent with every call, or null. */
    ClientCredentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "KilnHttpClient[" + service + (endpoints == null ? " at " + baseUri : " via the registry") + "]";
    }
}
