package dev.kiln.runtime.client;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ServiceRegistry;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.webclient.api.WebClient;
import io.helidon.webclient.api.WebClientConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The common part of every generated client's {@code Builder}: where the service is, how long to wait
 * for it, and what to send with every call.
 *
 * <pre>{@code
 * OrderApi orders = OrderApiClient.builder()
 *         .config(config)                        // kiln.clients.orders.uri, .connect-timeout, .read-timeout
 *         .readTimeout(Duration.ofSeconds(5))
 *         .header("X-Caller", "shop")
 *         .credentials(CredentialSupplier.bearer(tokens::current))
 *         .build();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class KilnClientBuilder<B extends KilnClientBuilder<B>> {
    /** Connect timeout when none is configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The header a configured {@code .api-key} goes in unless {@code .api-key-header} says otherwise. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** Read timeout when none is configured. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private final String serviceName;
    private final List<String[]> headers = new ArrayList<>();
    private URI baseUri;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private WebClient webClient;
    private ClientCredentials credentials;
    /** The credentials {@link #config} set, while nothing set on the builder replaced them. */
    private ClientCredentials configuredCredentials;
    private ServiceRegistry registry;
    private DiscoverySettings discovery = DiscoverySettings.DEFAULTS;
    private Telemetry telemetry = Telemetry.noop();
    /** Why {@link #config} found no base URI, or null. */
    private String missingUri;

    /** @param serviceName the logical name of the service this client calls, as in {@code @Service("orders")} */
    protected KilnClientBuilder(String serviceName) {
        this.serviceName = Objects.requireNonNull(serviceName, "serviceName");
    }

    /** {@code this}, typed as the concrete builder. */
    protected abstract B self();

    /** The service's base URI; may carry a path prefix ({@code http://gateway/orders-api}). */
    public B baseUri(URI uri) {
        this.baseUri = validated("baseUri", uri);
        return self();
    }

    /** The service's base URI as text. */
    public B baseUri(String uri) {
        return baseUri(parse("baseUri", uri));
    }

    /** How long to wait for a connection. */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /** How long to wait for an answer. */
    public B readTimeout(Duration timeout) {
        this.readTimeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /** A header sent with every request. */
    public B header(String name, String value) {
        headers.add(new String[] {Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")});
        return self();
    }

    /**
     * Credentials for every call: {@code credentials.get()} is asked for once per call and sent in
     * {@code credentials.header()} ({@code Authorization}), so rotating tokens work; a null value sends none.
     * A call that sets that header itself (a header parameter) sends its own. Applies with {@link #webClient} too.
     */
    public B credentials(ClientCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.configuredCredentials = null;
        return self();
    }

    /**
     * Uses this WebClient (its connection pool, TLS, connect timeout) instead of building one;
     * {@link #readTimeout} still applies to each request, and {@link #header} is not added.
     */
    public B webClient(WebClient client) {
        this.webClient = Objects.requireNonNull(client, "client");
        return self();
    }

    /**
     * Reads {@code kiln.clients.<service>.uri} (the base URI; when absent, the client finds the service in the
     * {@link #registry}), {@code .connect-timeout} and {@code .read-timeout} (optional, e.g. {@code 2s}), fixed
     * credentials, at most one of: {@code .bearer-token} (sent as {@code Authorization: Bearer …}) or
     * {@code .api-key} (sent in {@code .api-key-header}, {@code X-API-Key} unless set), and for a discovered client
     * {@code .load-balancer} ({@code power-of-two} or {@code round-robin}), {@code .retries} (2),
     * {@code .retry-budget} (100), {@code .eject-after} (3), {@code .eject-backoff} (1s) and
     * {@code .eject-max-backoff} (30s) (see {@code docs/discovery.md}). Credentials set on this builder before or
     * after win over configured ones.
     */
    public B config(KilnConfig config) {
        String prefix = "kiln.clients." + serviceName + ".";
        String key = prefix + "uri";
        Optional<String> uri = config.get(key).filter(text -> !text.isBlank());
        if (uri.isPresent()) {
            baseUri = validated(key, parse(key, uri.get()));
            missingUri = null;
        } else {
            try {
                config.require(key);
            } catch (IllegalStateException e) {
                missingUri = e.getMessage(); // says where the key can be set; build() needs it only without a registry
            }
        }
        discovery = discoverySettings(config, prefix, discovery);
        connectTimeout = config.getDuration(prefix + "connect-timeout", connectTimeout);
        readTimeout = config.getDuration(prefix + "read-timeout", readTimeout);
        Optional<String> bearer = config.get(prefix + "bearer-token").map(String::strip).filter(t -> !t.isEmpty());
        Optional<String> apiKey = config.get(prefix + "api-key").map(String::strip).filter(k -> !k.isEmpty());
        if (bearer.isPresent() && apiKey.isPresent()) {
            throw new IllegalArgumentException("Configuration '" + prefix + "bearer-token' and '" + prefix
                    + "api-key' are both set; a client sends one credential, so set only one");
        }
        if (credentials == null || credentials == configuredCredentials) { // nothing set on the builder itself
            ClientCredentials fromConfig = bearer.map(ClientCredentials::bearer)
                    .or(() -> apiKey.map(k -> ClientCredentials.apiKey(
                            config.get(prefix + "api-key-header", API_KEY_HEADER), k)))
                    .orElse(null);
            configuredCredentials = fromConfig;
            credentials = fromConfig;
        }
        return self();
    }

    /**
     * The credentials for this client's service in {@code byService} (keyed by service name, as in
     * {@code @Service("catalog")}), if there is an entry; otherwise nothing changes. Generated applications
     * pass the graph's {@code Map<String, ClientCredentials>} here for every client they inject, so a module
     * contributes credentials with {@code @Provides @IntoMap @StringKey("catalog")}.
     */
    public B credentialsFrom(Map<String, ? extends ClientCredentials> byService) {
        ClientCredentials entry = byService.get(serviceName);
        if (entry != null) {
            credentials(entry);
        }
        return self();
    }

    /**
     * Where to find the service when no base URI is set (neither {@link #baseUri} nor
     * {@code kiln.clients.<service>.uri}): its UP instances in {@code registry}, load-balanced
     * ({@link #loadBalancing}), with idempotent calls retried on another instance ({@link #retries}) and instances
     * that refuse connections ejected for a while ({@link #ejection}). The client follows the registry's view
     * ({@link ServiceRegistry#watch}). Generated applications pass the graph's registry to every client; a base
     * URI, when set, wins.
     *
     * <pre>{@code
     * CatalogApi catalog = CatalogApiClient.builder().config(config).registry(registry).build();
     * }</pre>
     */
    public B registry(ServiceRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        return self();
    }

    /**
     * The application's OpenTelemetry (the graph's {@code Telemetry}; generated modules pass it): each call then
     * makes a CLIENT span and carries its context in {@code traceparent}. {@link Telemetry#noop()} by default.
     */
    public B telemetry(Telemetry telemetry) {
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        return self();
    }

    /** The telemetry set with {@link #telemetry}, or {@link Telemetry#noop()}. */
    protected Telemetry telemetry() {
        return telemetry;
    }

    /** How a discovered client picks an instance for each call (default {@link LoadBalancing#POWER_OF_TWO}). */
    public B loadBalancing(LoadBalancing loadBalancing) {
        Objects.requireNonNull(loadBalancing, "loadBalancing");
        discovery = new DiscoverySettings(loadBalancing, discovery.retries(), discovery.retryBudget(),
                discovery.ejectAfter(), discovery.ejectBackoff(), discovery.ejectMaxBackoff());
        return self();
    }

    /** How many more instances a discovered client tries for an idempotent call that failed (default 2; 0 = none). */
    public B retries(int retries) {
        discovery = new DiscoverySettings(discovery.loadBalancing(), atLeast("retries", retries, 0),
                discovery.retryBudget(), discovery.ejectAfter(), discovery.ejectBackoff(), discovery.ejectMaxBackoff());
        return self();
    }

    /**
     * Ejection of instances a discovered client cannot connect to: after {@code after} connection failures in a
     * row (default 3), for {@code backoff} (default 1s), doubling with each further ejection up to
     * {@code maxBackoff} (default 30s).
     */
    public B ejection(int after, Duration backoff, Duration maxBackoff) {
        discovery = new DiscoverySettings(discovery.loadBalancing(), discovery.retries(), discovery.retryBudget(),
                atLeast("eject-after", after, 1), positive("eject-backoff", backoff),
                positive("eject-max-backoff", maxBackoff));
        return self();
    }

    private static DiscoverySettings discoverySettings(KilnConfig config, String prefix, DiscoverySettings current) {
        LoadBalancing balancing = config.get(prefix + "load-balancer")
                .map(text -> LoadBalancing.parse(prefix + "load-balancer", text)).orElse(current.loadBalancing());
        return new DiscoverySettings(balancing,
                atLeast(prefix + "retries", config.getInt(prefix + "retries", current.retries()), 0),
                atLeast(prefix + "retry-budget", config.getInt(prefix + "retry-budget", current.retryBudget()), 1),
                atLeast(prefix + "eject-after", config.getInt(prefix + "eject-after", current.ejectAfter()), 1),
                positive(prefix + "eject-backoff", config.getDuration(prefix + "eject-backoff", current.ejectBackoff())),
                positive(prefix + "eject-max-backoff",
                        config.getDuration(prefix + "eject-max-backoff", current.ejectMaxBackoff())));
    }

    private static int atLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("'" + what + "' must be at least " + min + ", but is " + value);
        }
        return value;
    }

    private static Duration positive(String what, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("'" + what + "' must be a positive duration, but is " + value);
        }
        return value;
    }

    /** The logical name of the service. */
    public String serviceName() {
        return serviceName;
    }

    /** The HTTP client the generated client calls through. */
    protected KilnHttpClient buildHttpClient() {
        if (baseUri == null && registry == null) {
            throw new IllegalStateException("No base URI for service '" + serviceName + "': call baseUri(...), or config(...)"
                    + " with kiln.clients." + serviceName + ".uri set, or registry(...) to find its instances in the"
                    + " service registry" + (missingUri == null ? "" : ". " + missingUri));
        }
        WebClient client = webClient;
        if (client == null) {
            WebClientConfig.Builder builder = WebClient.builder()
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout);
            for (String[] header : headers) {
                builder.addHeader(header[0], header[1]);
            }
            client = builder.build();
        }
        if (baseUri == null) {
            return KilnHttpClient.discovered(serviceName, registry, discovery, client, readTimeout, credentials,
                    telemetry);
        }
        return new KilnHttpClient(serviceName, baseUri, client, readTimeout, credentials, telemetry);
    }

    private URI parse(String what, String text) {
        try {
            return new URI(Objects.requireNonNull(text, what).strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(invalid(what, text));
        }
    }

    private URI validated(String what, URI uri) {
        Objects.requireNonNull(uri, what);
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
        if (!(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(invalid(what, uri.toString()));
        }
        return uri;
    }

    private String invalid(String what, String text) {
        return "'" + what + "' of service '" + serviceName + "' must be an absolute http(s) URI such as "
                + "http://localhost:8080, but is '" + text + "'";
    }

    /** The builder {@link KilnHttpClient#create} uses. */
    static final class Plain extends KilnClientBuilder<Plain> {
        Plain(String serviceName) {
            super(serviceName);
        }

        @Override
        protected Plain self() {
            return this;
        }
    }
}
