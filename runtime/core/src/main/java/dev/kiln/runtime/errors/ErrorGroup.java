package dev.kiln.runtime.errors;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ErrorTracker} knows of one group of exceptions, as of when it was asked.
 *
 * @param fingerprint {@code v1:…} (see {@link Fingerprints})
 * @param type        the exception's class name
 * @param message     the message of the latest one (may be null)
 * @param frames      the frames its fingerprint counts, of the latest one, with their lines
 *                    ({@code com.example.Orders.find(Orders.java:42)})
 * @param count       how many were recorded
 * @param firstSeen   when the first was recorded
 * @param lastSeen    when the latest was recorded
 * @param where       where they were thrown (routes, subscribers), first seen first, a few at most
 * @param traceId     the trace id of the latest one that had a valid span, or null
 * @param errorIds    the error ids the latest ones were answered with, oldest first, a few at most
 */
public record ErrorGroup(String fingerprint, String type, String message, List<String> frames, long count,
                         Instant firstSeen, Instant lastSeen, List<String> where, String traceId,
                         List<String> errorIds) {
    public ErrorGroup {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(type, "type");
        frames = List.copyOf(frames);
        where = List.copyOf(where);
        errorIds = List.copyOf(errorIds);
    }
}
