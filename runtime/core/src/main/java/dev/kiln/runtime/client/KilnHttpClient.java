package dev.kiln.runtime.client;

import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
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
    /** Null without telemetry: calls then make no span and no measurement. */
    private final ClientTelemetry telemetry;

    KilnHttpClient(String service, URI baseUri, WebClient webClient, Duration readTimeout,
                   ClientCredentials credentials, Telemetry telemetry) {
        this(service, baseUri, webClient, readTimeout, credentials, null, null, ClientTelemetry.of(telemetry, service, baseUri));
    }

    private KilnHttpClient(String service, URI baseUri, WebClient webClient, Duration readTimeout,
                           ClientCredentials credentials, DiscoveredEndpoints endpoints, RetryBudget retryBudget,
                           ClientTelemetry telemetry) {
        this.telemetry = telemetry;
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
                                     WebClient webClient, Duration readTimeout, ClientCredentials credentials,
                                     Telemetry telemetry) {
        DiscoveredEndpoints endpoints = new DiscoveredEndpoints(service, registry, settings,
                instance -> new KilnHttpClient(service, instance.uri(), webClient, readTimeout, credentials,
                        telemetry)).watch();
        return new KilnHttpClient(service, URI.create("registry:" + service), webClient, readTimeout, credentials,
                endpoints, new RetryBudget(settings.retryBudget()), null);
    }

    /** A client for {@code service} at {@code baseUri} with default timeouts. */
    public static KilnHttpClient create(String service, URI baseUri) {
        return new KilnClientBuilder.Plain(service).baseUri(baseUri).buildHttpClient();
    }

    /** Starts a request to {@code path} (already percent-encoded, starting with {@code /}) below the base URI. */
    public ClientCall call(Method method, String path) {
        return new ClientCall(this, method, null, path);
    }

    /**
     * Starts a request to {@code path} (already percent-encoded, starting with {@code /}), which fills the route
     * {@code template} ({@code /catalog/{sku}}): with telemetry, the call's span is named {@code GET /catalog/{sku}}
     * and carries {@code url.template}.
     *
     * <pre>{@code
     * http.call(Method.GET, "/catalog/{sku}", "/catalog/" + ClientCall.segment(sku)).send();
     * }</pre>
     */
    public ClientCall call(Method method, String template, String path) {
        return new ClientCall(this, method, template, path);
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

    /** The spans and measurements of this client's calls, or null without telemetry. */
    ClientTelemetry telemetry() {
        return telemetry;
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
