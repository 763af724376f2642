/**
 * Error tracking: the application's unexpected failures (500s, subscribers that threw) grouped by a versioned
 * fingerprint ({@link dev.kiln.runtime.errors.Fingerprints}) in a bounded {@link dev.kiln.runtime.errors.ErrorTracker},
 * served on {@code GET /kiln/errors} ({@link dev.kiln.runtime.errors.ErrorsEndpoint}). Runtime pieces report through
 * {@link dev.kiln.runtime.errors.ErrorRecorder}.
 *
 * <pre>{@code
 * errors.record(e, "GET /orders/{id}", errorId);
 * }</pre>
 */
package dev.kiln.runtime.errors;
