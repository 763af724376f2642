/**
 * Request ids, the log context and the access log: {@link dev.kiln.runtime.log.RequestIds} (the
 * {@code X-Request-Id} of each request), {@link dev.kiln.runtime.log.LogContext} (the id in Helidon's MDC
 * while the request is handled), {@link dev.kiln.runtime.log.PrincipalNames} (the caller's name, set by
 * whatever authenticates), and the filters {@code KilnBoot} installs:
 * {@link dev.kiln.runtime.log.RequestIdFilter} (always) and {@link dev.kiln.runtime.log.AccessLogFilter}
 * ({@code kiln.access-log.enabled}). Log lines: {@link dev.kiln.runtime.log.KilnLogFormatter} writes one record per
 * line in the {@link dev.kiln.runtime.log.LogFormat} {@code kiln.log.format} names (text, json, ecs, logstash), with the
 * request id and the current span's ids; {@link dev.kiln.runtime.log.KilnLogging} installs it at start.
 *
 * <pre>{@code
 * String id = RequestIds.of(req);
 * }</pre>
 */
package dev.kiln.runtime.log;
