package dev.kiln.runtime.client;

import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.HttpSemantics;
import dev.kiln.runtime.telemetry.Telemetry;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientRequest;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CLIENT span and the {@code http.client.request.duration} measurement of each attempt a typed client makes
 * against one address (a base URI, or one discovered instance), per OpenTelemetry's stable HTTP semantic conventions.
 * Made only when telemetry is on; a client without it calls {@link Exchange} directly.
 *
 * <p>The span is named {@code GET /catalog/{sku}} when the generated client passes the route's template, else by
 * the method; its parent is the current context (the server span of the request that makes the call), and its
 * context goes to the called service in {@code traceparent}. Each attempt is its own span; a resend (another
 * instance, or the same address after a connection closed early) carries {@code http.request.resend_count}.
 */
final class ClientTelemetry {
    private static final TextMapSetter<HttpClientRequest> HEADERS =
            (request, key, value) -> request.header(HeaderValues.create(HeaderNames.create(key), value));

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final DoubleHistogram duration;
    private final String service;
    private final String address;
    private final long port;
    /** The measurement's attribute sets, by method: made when a method is first used. */
    private final ConcurrentHashMap<Method, HttpSemantics.ByStatus> byMethod = new ConcurrentHashMap<>();

    private ClientTelemetry(Telemetry telemetry, String service, URI baseUri) {
        this.service = service;
        this.tracer = telemetry.tracer();
        this.propagator = telemetry.propagator();
        this.duration = telemetry.meter().histogramBuilder("http.client.request.duration").setUnit("s")
                .setDescription("Duration of HTTP client requests.")
                .setExplicitBucketBoundariesAdvice(HttpSemantics.DURATION_BUCKETS).build();
        this.address = baseUri.getHost();
        int explicit = baseUri.getPort();
        this.port = explicit > 0 ? explicit : "https".equalsIgnoreCase(baseUri.getScheme()) ? 443 : 80;
    }

    /** The telemetry of a client of {@code service} at {@code baseUri}, or null when {@code telemetry} is off. */
    static ClientTelemetry of(Telemetry telemetry, String service, URI baseUri) {
        return telemetry.enabled() && baseUri.getHost() != null ? new ClientTelemetry(telemetry, service, baseUri) : null;
    }

    /** Runs one attempt under its span, with the span's context in the request's headers. */
    ClientResponse run(KilnHttpClient client, Method method, String template, String path, String target,
                       HttpClientRequest request, byte[] body, int resendCount) {
        String name = HttpSemantics.method(method.text());
        SpanBuilder builder = tracer.spanBuilder(template == null ? name : name + " " + template)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(HttpSemantics.REQUEST_METHOD, name)
                .setAttribute(HttpSemantics.SERVER_ADDRESS, address)
                .setAttribute(HttpSemantics.SERVER_PORT, port)
                .setAttribute(HttpSemantics.PEER_SERVICE, service)
                .setAttribute(HttpSemantics.URL_FULL, target);
        if (template != null) {
            builder.setAttribute(HttpSemantics.URL_TEMPLATE, template);
        }
        if (resendCount > 0) {
            builder.setAttribute(HttpSemantics.RESEND_COUNT, (long) resendCount);
        }
        Span span = builder.startSpan();
        propagator.inject(Context.current().with(span), request, HEADERS);
        HttpSemantics.ByStatus attributes = byMethod.get(method);
        if (attributes == null) {
            attributes = byMethod.computeIfAbsent(method, m -> new HttpSemantics.ByStatus(
                    Attributes.of(HttpSemantics.REQUEST_METHOD, name, HttpSemantics.SERVER_ADDRESS, address,
                            HttpSemantics.SERVER_PORT, port), 400));
        }
        long start = System.nanoTime();
        // Current while the exchange runs: what the transport does is inside the call, not beside it (and a
        // plain-client call the service map counts is told from this one by the CLIENT span around it).
        try (Scope ignored = span.makeCurrent()) {
            ClientResponse response = Exchange.run(client, method, path, request, body);
            int status = response.status();
            span.setAttribute(HttpSemantics.RESPONSE_STATUS_CODE, (long) status);
            if (status >= 400) {
                span.setAttribute(HttpSemantics.ERROR_TYPE, Integer.toString(status));
                span.setStatus(StatusCode.ERROR);
            }
            duration.record(HttpSemantics.secondsSince(start), attributes.of(status));
            return response;
        } catch (RuntimeException | Error e) {
            // No answer: the transport failure (ConnectException, SocketTimeoutException …) names it.
            Throwable cause = e instanceof HttpException && e.getCause() != null ? e.getCause() : e;
            String errorType = cause.getClass().getName();
            span.setAttribute(HttpSemantics.ERROR_TYPE, errorType);
            span.setStatus(StatusCode.ERROR);
            span.recordException(e);
            duration.record(HttpSemantics.secondsSince(start), attributes.failed(errorType));
            throw e;
        } finally {
            span.end();
        }
    }
}
