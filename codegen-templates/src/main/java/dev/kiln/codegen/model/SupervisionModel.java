package dev.kiln.codegen.model;

/**
 * {@code @Supervised} as checked by the processor: the restart budget and the backoff, in milliseconds.
 *
 * @param maxRestarts      restarts allowed within the window, at least 1
 * @param withinMillis     the window
 * @param backoffMillis    the wait before the first restart
 * @param maxBackoffMillis the longest wait, at least {@code backoffMillis}
 */
public record SupervisionModel(int maxRestarts, long withinMillis, long backoffMillis, long maxBackoffMillis) {}
