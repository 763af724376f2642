package dev.kiln.runtime.boot;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.log.AccessLogFilter;
import dev.kiln.runtime.log.RequestIdFilter;
import io.helidon.webserver.http.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kiln's built-in filters, read from the configuration before anything starts, so that a mistake in it
 * fails first. {@code server} are Helidon filters every request passes, unmatched ones included, outermost
 * first: request id (with the drain at shutdown), access log ({@code kiln.access-log.enabled}), CORS ({@code kiln.cors.*}).
 * {@code requestTimeout} ({@code server.request-timeout}) runs next, as the outermost filter of every route
 * (see {@link RequestTimeoutFilter} for why), before the application's own {@link KilnFilter}s.
 */
record ServerFilters(List<Filter> server, Optional<KilnFilter> requestTimeout) {
    static final String ACCESS_LOG_ENABLED = "kiln.access-log.enabled";

    static ServerFilters from(KilnConfig config, ServerSettings settings, Drain drain) {
        List<Filter> server = new ArrayList<>();
        // One filter for the request id and the drain at shutdown: each Helidon filter is a fixed cost per request.
        server.add(new RequestIdFilter(drain));
        if (config.getBoolean(ACCESS_LOG_ENABLED, false)) {
            server.add(new AccessLogFilter());
        }
        CorsFilter.fromConfig(config).ifPresent(server::add);
        Optional<KilnFilter> timeout = settings.requestTimeout().isZero()
                ? Optional.empty()
                : Optional.of(new RequestTimeoutFilter(settings.requestTimeout()));
        return new ServerFilters(List.copyOf(server), timeout);
    }
}
