package dev.kiln.runtime.http;

import dev.kiln.runtime.telemetry.Telemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.util.List;
import java.util.Set;

/**
 * OpenTelemetry's stable HTTP semantic conventions as Kiln's server and client telemetry write them: the attribute
 * keys, the duration histograms' bucket advice, and attribute sets by status made once per route (or per client and
 * method) and status, so that recording a measurement allocates nothing on the usual path. Used by
 * {@link ServerTelemetry} and the typed client; {@code docs/observability.md} lists what each span and series
 * carries.
 *
 * <pre>{@code
 * HttpSemantics.ByStatus get = new HttpSemantics.ByStatus(Attributes.of(HttpSemantics.REQUEST_METHOD, "GET",
 *         HttpSemantics.ROUTE, "/orders/{id}"));
 * duration.record(seconds, get.of(200));      // the same Attributes instance for every 200
 * }</pre>
 */
public final class HttpSemantics {
    public static final AttributeKey<String> REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    public static final AttributeKey<String> REQUEST_METHOD_ORIGINAL = AttributeKey.stringKey("http.request.method_original");
    public static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    public static final AttributeKey<Long> RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    public static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    public static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    public static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey("url.scheme");
    public static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    public static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    public static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    /**
     * The logical name of the service a typed client calls ({@code catalog}), on its CLIENT spans: the service map
     * names the edge by it. OpenTelemetry's {@code peer.service}, which Tempo's service graph also reads.
     */
    public static final AttributeKey<String> PEER_SERVICE = AttributeKey.stringKey("peer.service");
    public static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    public static final AttributeKey<String> CLIENT_ADDRESS = AttributeKey.stringKey("client.address");
    public static final AttributeKey<String> ERROR_TYPE = Telemetry.ERROR_TYPE;

    /** The semantic conventions' advice for {@code http.server.request.duration} and {@code http.client.request.duration}. */
    public static final List<Double> DURATION_BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75,
            1.0, 2.5, 5.0, 7.5, 10.0);

    /** The methods of RFC 9110 and PATCH; any other is {@code _OTHER}, so that a client cannot mint series. */
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
            "OPTIONS", "TRACE", "PATCH");

    private HttpSemantics() {}

    /** {@code method} when the conventions know it, else {@code _OTHER} (with the original in its own attribute). */
    public static String method(String method) {
        return KNOWN_METHODS.contains(method) ? method : "_OTHER";
    }

    /** The nanoseconds since {@code startNanos}, in seconds: the unit of the duration histograms. */
    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * One attribute set per response status over fixed base attributes (a route's method and template, or a client's
     * method and address), made when a status is first seen. A failed status (from 500 on for a server, from 400 on for
     * a client, as the conventions say) also carries {@code error.type}: the status, when no exception names the
     * failure.
     */
    public static final class ByStatus {
        private final Attributes base;
        private final int failedFrom;
        // Racy on purpose: two threads may both make the set of a new status; either result is right.
        private final Attributes[] byStatus = new Attributes[600];

        /** Sets over {@code base}, a server's: statuses from 500 on are failures. */
        public ByStatus(Attributes base) {
            this(base, 500);
        }

        /** Sets over {@code base}, statuses from {@code failedFrom} on being failures. */
        public ByStatus(Attributes base, int failedFrom) {
            this.base = base;
            this.failedFrom = failedFrom;
        }

        /** The base attributes with {@code http.response.status_code} (and {@code error.type} for a failed status). */
        public Attributes of(int status) {
            if (status < 100 || status >= byStatus.length) {
                return make(status, status >= failedFrom ? Integer.toString(status) : null);
            }
            Attributes attributes = byStatus[status];
            if (attributes == null) {
                attributes = make(status, status >= failedFrom ? Integer.toString(status) : null);
                byStatus[status] = attributes;
            }
            return attributes;
        }

        /** As {@link #of(int)}, with {@code error.type} set to {@code errorType} when it is not null (failures only). */
        public Attributes of(int status, String errorType) {
            return errorType == null ? of(status) : make(status, errorType);
        }

        /** The base attributes and {@code error.type}, without a status: no answer was had. */
        public Attributes failed(String errorType) {
            return base.toBuilder().put(ERROR_TYPE, errorType).build();
        }

        private Attributes make(int status, String errorType) {
            var builder = base.toBuilder().put(RESPONSE_STATUS_CODE, (long) status);
            if (errorType != null) {
                builder.put(ERROR_TYPE, errorType);
            }
            return builder.build();
        }
    }
}
