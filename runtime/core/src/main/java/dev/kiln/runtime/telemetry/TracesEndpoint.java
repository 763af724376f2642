package dev.kiln.runtime.telemetry;

import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.OperationsEndpoint;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The application's recent traces ({@link RecentTraces}), JSON, {@code Cache-Control: no-store}:
 * <ul>
 *   <li>{@code GET /kiln/traces} → {@code {"application":"orders","traces":[{"traceId":"…","root":"POST /orders",
 *   "start":"…","durationMs":12.5,"spans":7,"errors":0}]}}, the most recently started first</li>
 *   <li>{@code GET /kiln/traces/{traceId}} → {@code {"traceId":"…","spans":[{"spanId":"…","parentSpanId":"…",
 *   "remoteParent":false,"service":"orders","name":"SELECT orders","kind":"CLIENT","start":"…","durationMs":0.8,
 *   "error":false,"attributes":{"db.system.name":"h2",…}}]}}, in start order; a 404 problem when it is not kept</li>
 * </ul>
 * Served by {@code KilnBoot} when the graph's {@link Telemetry} keeps traces (kiln-runtime-telemetry), behind the
 * application's global filters; not announced in the registry.
 *
 * <pre>{@code
 * telemetry.traces().ifPresent(traces -> routers.add(new TracesEndpoint(traces, "orders")));
 * }</pre>
 */
public final class TracesEndpoint extends OperationsEndpoint {
    private static final String BASE = "/kiln/traces";
    /** Its descriptor: a service named {@code kiln-traces}. */
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("kiln-traces",
            TracesEndpoint.class.getName(), List.of(new RouteDescriptor("GET", BASE),
            new RouteDescriptor("GET", BASE + "/{traceId}")));
    private static final Param TRACE_ID = Param.path("traceId");
    private static final Pattern HEX_32 = Pattern.compile("[0-9a-f]{32}");

    private final RecentTraces traces;
    private final String application;

    /** The traces of {@code traces}, for {@code application}. */
    public TracesEndpoint(RecentTraces traces, String application) {
        super(DESCRIPTOR);
        this.traces = Objects.requireNonNull(traces, "traces");
        this.application = Objects.requireNonNull(application, "application");
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", BASE, this::recent);
        routes.add("GET", BASE + "/{traceId}", this::trace);
    }

    private void recent(ServerRequest req, ServerResponse res) {
        Responses.uncachedJson(res, 200, TracesJson.recent(application), traces.recent());
    }

    private void trace(ServerRequest req, ServerResponse res) {
        String traceId = Params.path(req, TRACE_ID);
        if (!HEX_32.matcher(traceId).matches()) {
            throw new BadRequestException("Path parameter 'traceId' must be 32 lower-case hex digits");
        }
        List<RecordedSpan> spans = traces.trace(traceId);
        if (spans.isEmpty()) {
            throw HttpException.notFound("No trace '" + traceId + "' is kept here (the oldest are dropped past "
                    + "kiln.telemetry.traces.max)");
        }
        Responses.uncachedJson(res, 200, TracesJson.trace(traceId), spans);
    }
}
