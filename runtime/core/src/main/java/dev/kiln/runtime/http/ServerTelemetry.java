package dev.kiln.runtime.http;

import dev.kiln.runtime.log.RequestIds;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SERVER span and the {@code http.server.request.duration} measurement of each request a route (or the
 * 404/405 fallback) answers, per OpenTelemetry's stable HTTP semantic conventions. {@link KilnRoutes} wraps each
 * route's composed handler once, at registration, only when telemetry is {@linkplain Telemetry#enabled() enabled}:
 * without an SDK nothing is wrapped and nothing is paid.
 *
 * <p>The span is named {@code GET /orders/{id}} ({@code http.route} is always the template; an unmatched request's
 * span is named by its method alone and has no route), takes its parent from the request's {@code traceparent}
 * (through {@link Telemetry#propagator()}), and is current, with the request id, while the filters and the handler
 * run. A failure thrown past the handler is answered by Helidon's error handlers after the wrapper has returned, so
 * the span is kept open on the thread for them: {@link ErrorResponses} makes it current again while it records and
 * logs a 500 ({@code /kiln/errors} and the log line carry its trace id) and ends it once the problem is sent.
 *
 * <pre>{@code
 * ServerTelemetry server = new ServerTelemetry(telemetry);
 * rules.route(Method.GET, "/orders/{id}", server.route("GET", "/orders/{id}", handler));
 * }</pre>
 */
public final class ServerTelemetry {
    /** The refusals Kiln's security and rate-limit runtimes report with {@link #refused}. */
    public enum Refusal {
        /** A rate limit's 429 ({@code kiln.ratelimit.refusals}). */
        RATE_LIMIT("kiln.ratelimit.refused"),
        /** An authentication (401) or a rule (403) refusal ({@code kiln.security.refusals}). */
        SECURITY("kiln.security.refused");

        private final String event;

        Refusal(String event) {
            this.event = event;
        }
    }

    /** The request the current thread handles under a span; kept past the wrapper while its failure is answered. */
    private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

    private static final HeaderName TRACEPARENT = HeaderNames.create("traceparent");
    private static final HeaderName TRACESTATE = HeaderNames.create("tracestate");
    private static final HeaderName BAGGAGE = HeaderNames.create("baggage");

    private static final TextMapGetter<ServerRequestHeaders> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ServerRequestHeaders headers) {
            List<String> names = new ArrayList<>(headers.size());
            headers.forEach(header -> names.add(header.name()));
            return names;
        }

        @Override
        public String get(ServerRequestHeaders headers, String key) {
            if (headers == null) {
                return null;
            }
            HeaderName name = switch (key) {
                case "traceparent" -> TRACEPARENT;
                case "tracestate" -> TRACESTATE;
                case "baggage" -> BAGGAGE;
                default -> HeaderNames.create(key);
            };
            return headers.contains(name) ? headers.get(name).get() : null;
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final DoubleHistogram duration;
    private final LongCounter rateLimitRefusals;
    private final LongCounter securityRefusals;

    /** Spans and measurements through {@code telemetry}, which should be {@linkplain Telemetry#enabled() enabled}. */
    public ServerTelemetry(Telemetry telemetry) {
        Objects.requireNonNull(telemetry, "telemetry");
        this.tracer = telemetry.tracer();
        this.propagator = telemetry.propagator();
        this.duration = telemetry.meter().histogramBuilder("http.server.request.duration").setUnit("s")
                .setDescription("Duration of HTTP server requests.")
                .setExplicitBucketBoundariesAdvice(HttpSemantics.DURATION_BUCKETS).build();
        this.rateLimitRefusals = telemetry.meter().counterBuilder("kiln.ratelimit.refusals").setUnit("{request}")
                .setDescription("Requests a rate limit refused (429).").build();
        this.securityRefusals = telemetry.meter().counterBuilder("kiln.security.refusals").setUnit("{request}")
                .setDescription("Requests authentication or an authorization rule refused (401, 403).").build();
    }

    /** {@code handler}, traced and measured as the route {@code method template}. */
    public Handler route(String method, String template, Handler handler) {
        Route route = new Route(method, Objects.requireNonNull(template, "template"));
        return (req, res) -> handle(route, req, res, handler);
    }

    /**
     * {@code handler}, traced and measured as the answer to requests no route matched: span named by the method,
     * no {@code http.route}, so that any number of unmatched paths adds one series per method and status.
     */
    public Handler unmatched(Handler handler) {
        Route[] byMethod = new Route[METHODS.length];
        for (int i = 0; i < METHODS.length; i++) {
            byMethod[i] = new Route(METHODS[i], null);
        }
        Route other = new Route("_OTHER", null);
        return (req, res) -> {
            String method = req.prologue().method().text();
            Route route = other;
            for (int i = 0; i < METHODS.length; i++) {
                if (METHODS[i].equals(method)) {
                    route = byMethod[i];
                    break;
                }
            }
            handle(route, req, res, handler);
        };
    }

    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE",
            "CONNECT"};

    /**
     * Records a refusal on the span of the request this thread handles, and counts it when the request is answered;
     * nothing without telemetry. Kiln's security ({@code Rules}, the authentication filter) and rate-limit
     * ({@code RateLimits}) runtimes call it just before they refuse.
     */
    public static void refused(Refusal refusal) {
        Call call = CURRENT.get();
        if (call != null) {
            call.refusal = refusal;
            call.span.addEvent(refusal.event);
        }
    }

    /**
     * Makes the span of {@code req} current again while its failure is answered on this thread (the error handlers
     * run after the route's wrapper has returned); a no-op scope when there is none.
     */
    static Scope resume(ServerRequest req) {
        Call call = CURRENT.get();
        return call != null && call.pending && call.req == req ? call.context.makeCurrent() : Scope.noop();
    }

    /** Ends the span of {@code req} whose failure was just answered with {@code status}, if it waits for that. */
    static void answered(ServerRequest req, int status) {
        Call call = CURRENT.get();
        if (call != null && call.pending && call.req == req) {
            CURRENT.remove();
            call.finish(status);
        }
    }

    private void handle(Route route, ServerRequest req, io.helidon.webserver.http.ServerResponse res, Handler handler)
            throws Exception {
        Call stale = CURRENT.get();
        if (stale != null) {
            // A failure nobody answered through ErrorResponses (an error handler that failed itself): end it now.
            stale.finish(500);
        }
        Call call = start(route, req);
        CURRENT.set(call);
        try (Scope ignored = call.context.makeCurrent()) {
            handler.handle(req, res);
        } catch (Throwable e) {
            call.error = e;
            call.pending = true; // the error handlers answer it: they end the span
            throw e;
        }
        CURRENT.remove();
        call.finish(res.status().code());
    }

    private Call start(Route route, ServerRequest req) {
        Context parent = propagator.extract(Context.root(), req.headers(), HEADERS);
        String authority = req.authority();
        SpanBuilder builder = tracer.spanBuilder(route.spanName).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAllAttributes(route.spanAttributes)
                .setAttribute(HttpSemantics.URL_PATH, req.path().rawPath())
                .setAttribute(HttpSemantics.URL_SCHEME, req.isSecure() ? "https" : "http")
                .setAttribute(HttpSemantics.CLIENT_ADDRESS, req.remotePeer().host());
        if (route.template == null && !route.method.equals(req.prologue().method().text())) {
            builder.setAttribute(HttpSemantics.REQUEST_METHOD_ORIGINAL, req.prologue().method().text());
        }
        if (authority != null && !authority.isEmpty()) {
            int colon = authority.lastIndexOf(':');
            boolean hasPort = colon > authority.lastIndexOf(']');
            builder.setAttribute(HttpSemantics.SERVER_ADDRESS, hasPort ? authority.substring(0, colon) : authority);
            builder.setAttribute(HttpSemantics.SERVER_PORT, hasPort ? port(authority.substring(colon + 1), req)
                    : req.isSecure() ? 443L : 80L);
        }
        Span span = builder.startSpan();
        Context context = RequestIds.inContext(parent.with(span));
        return new Call(this, route, req, span, context, System.nanoTime());
    }

    private static long port(String text, ServerRequest req) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return req.localPeer().port();
        }
    }

    /** What is fixed per route: made once, at registration. */
    private static final class Route {
        final String method;
        final String template;
        final String spanName;
        final Attributes spanAttributes;
        final HttpSemantics.ByStatus metrics;
        final HttpSemantics.ByStatus securityRefusals;
        final Attributes rateLimitRefusals;

        Route(String method, String template) {
            this.method = HttpSemantics.method(method);
            this.template = template;
            this.spanName = template == null ? this.method : this.method + " " + template;
            Attributes base = template == null
                    ? Attributes.of(HttpSemantics.REQUEST_METHOD, this.method)
                    : Attributes.of(HttpSemantics.REQUEST_METHOD, this.method, HttpSemantics.ROUTE, template);
            this.spanAttributes = base;
            this.metrics = new HttpSemantics.ByStatus(base);
            Attributes routeOnly = template == null ? Attributes.empty() : Attributes.of(HttpSemantics.ROUTE, template);
            this.securityRefusals = new HttpSemantics.ByStatus(routeOnly);
            this.rateLimitRefusals = routeOnly;
        }
    }

    /** One request under its span. */
    private static final class Call {
        final ServerTelemetry owner;
        final Route route;
        final ServerRequest req;
        final Span span;
        final Context context;
        final long start;
        Throwable error;
        boolean pending;
        Refusal refusal;

        Call(ServerTelemetry owner, Route route, ServerRequest req, Span span, Context context, long start) {
            this.owner = owner;
            this.route = route;
            this.req = req;
            this.span = span;
            this.context = context;
            this.start = start;
        }

        void finish(int status) {
            double seconds = HttpSemantics.secondsSince(start);
            span.setAttribute(HttpSemantics.RESPONSE_STATUS_CODE, (long) status);
            String errorType = null;
            if (status >= 500) {
                // The exception names the failure when one escaped the handler; else the status does.
                errorType = error != null ? error.getClass().getName() : Integer.toString(status);
                span.setAttribute(HttpSemantics.ERROR_TYPE, errorType);
                span.setStatus(StatusCode.ERROR);
                if (error != null) {
                    span.recordException(error);
                }
            }
            // Measured before the span ends, so that whoever sees the span sees the measurements too.
            owner.duration.record(seconds, error != null && status >= 500
                    ? route.metrics.of(status, errorType) : route.metrics.of(status));
            if (refusal == Refusal.RATE_LIMIT) {
                owner.rateLimitRefusals.add(1, route.rateLimitRefusals);
            } else if (refusal == Refusal.SECURITY) {
                owner.securityRefusals.add(1, route.securityRefusals.of(status));
            }
            span.end();
        }
    }
}
