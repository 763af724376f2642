package dev.kiln.runtime.telemetry;

import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /metrics}: the application's metrics for a scraper, in the format its {@code Accept} header asks for
 * (Prometheus text 0.0.4 by default, OpenMetrics when asked), {@code Cache-Control: no-store}. Registered through
 * {@link KilnRoutes} like {@code /kiln/errors}, so the application's global filters (security) guard it; served,
 * not announced in the registry. {@code KilnBoot} serves one when the graph's {@link Telemetry} carries
 * {@linkplain Telemetry#metrics() metrics} (kiln-runtime-telemetry on the class path):
 *
 * <pre>{@code
 * telemetry.metrics().ifPresent(metrics -> routers.add(new MetricsEndpoint(metrics)));
 * }</pre>
 */
public final class MetricsEndpoint extends OperationsEndpoint {
    private static final String PATH = "/metrics";
    /** Its descriptor: a service named {@code kiln-metrics}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-metrics",
            MetricsEndpoint.class.getName(), List.of(new RouteDescriptor("GET", PATH)));
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");

    private final MetricsExposition metrics;

    /** Serves {@code metrics}. */
    public MetricsEndpoint(MetricsExposition metrics) {
        super(DESCRIPTOR);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", PATH, this::scrape);
    }

    private void scrape(ServerRequest req, ServerResponse res) throws IOException {
        String contentType = metrics.contentType(req.headers().value(HeaderNames.ACCEPT).orElse(""));
        res.header(NO_STORE);
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        try (OutputStream out = res.outputStream()) {
            metrics.write(contentType, out);
        }
    }
}
