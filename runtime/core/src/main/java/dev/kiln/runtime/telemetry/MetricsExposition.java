package dev.kiln.runtime.telemetry;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The application's metrics in a scrape format, written on {@code GET /metrics}: kiln-runtime-telemetry's SDK
 * implements it (Prometheus text 0.0.4, OpenMetrics when the scraper asks for it). {@code KilnBoot} serves
 * {@code /metrics} only when the graph's {@link Telemetry} carries one.
 *
 * <pre>{@code
 * String type = exposition.contentType(req.headers().value(HeaderNames.ACCEPT).orElse(""));
 * exposition.write(type, res.outputStream());
 * }</pre>
 */
public interface MetricsExposition {

    /** The content type answered for a request with this {@code Accept} header ({@code ""} when it has none). */
    String contentType(String accept);

    /** Writes every metric, in the format of {@code contentType} (one {@link #contentType} returned). */
    void write(String contentType, OutputStream out) throws IOException;
}
