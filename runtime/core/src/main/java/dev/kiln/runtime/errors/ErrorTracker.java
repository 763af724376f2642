package dev.kiln.runtime.errors;

import dev.kiln.runtime.config.KilnConfig;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's unexpected exceptions, grouped by {@linkplain Fingerprints fingerprint}, in process and
 * bounded: at most {@value #MAX_GROUPS_KEY} groups (default {@value #DEFAULT_MAX_GROUPS}; the least recently seen
 * one is dropped for a new one, and {@link #evicted()} counts them), each keeping a count, first and last seen
 * (from its clock), a few places it was thrown, the trace id of the latest with a valid span and its
 * latest {@value #ERROR_IDS_KEY} error ids (default {@value #DEFAULT_ERROR_IDS}). One per application graph
 * ({@code KilnRuntimeModule}); {@code GET /kiln/errors} ({@link ErrorsEndpoint}) shows it.
 *
 * <pre>{@code
 * ErrorTracker errors = new ErrorTracker(List.of("com.example.orders"), 100, 10, Clock.systemUTC());
 * errors.record(e, "GET /orders/{id}", errorId);
 * errors.groups().getFirst().count();   // 1
 * }</pre>
 */
public final class ErrorTracker implements ErrorRecorder {
    /** {@code kiln.errors.max-groups}: how many groups are kept. */
    public static final String MAX_GROUPS_KEY = "kiln.errors.max-groups";
    /** {@code kiln.errors.error-ids}: how many error ids a group keeps. */
    public static final String ERROR_IDS_KEY = "kiln.errors.error-ids";
    public static final int DEFAULT_MAX_GROUPS = 100;
    public static final int DEFAULT_ERROR_IDS = 10;
    private static final int MAX_WHERE = 5;
    private static final System.Logger LOGGER = System.getLogger(ErrorTracker.class.getName());

    private final List<String> packages;
    private final int errorIds;
    private final InstantSource clock;
    private final Map<String, Group> groups;
    private long evicted;

    /**
     * A tracker for an application whose code is in {@code packages} (and below), keeping {@code maxGroups} groups
     * of {@code errorIds} error ids each, dated by {@code clock} (a {@link Clock}; tests pass {@code () -> now}).
     */
    public ErrorTracker(List<String> packages, int maxGroups, int errorIds, InstantSource clock) {
        if (maxGroups < 1 || errorIds < 1) {
            throw new IllegalArgumentException("'" + MAX_GROUPS_KEY + "' and '" + ERROR_IDS_KEY
                    + "' must be at least 1, were " + maxGroups + " and " + errorIds);
        }
        this.packages = List.copyOf(packages);
        this.errorIds = errorIds;
        this.clock = Objects.requireNonNull(clock, "clock");
        // Access order: a group seen again moves to the end, the least recently seen is dropped first.
        this.groups = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Group> eldest) {
                if (size() > maxGroups) {
                    evicted++;
                    return true;
                }
                return false;
            }
        };
    }

    /** A tracker sized by {@code config}, on the system clock. */
    public static ErrorTracker from(KilnConfig config, List<String> packages) {
        return new ErrorTracker(packages, config.getInt(MAX_GROUPS_KEY, DEFAULT_MAX_GROUPS),
                config.getInt(ERROR_IDS_KEY, DEFAULT_ERROR_IDS), Clock.systemUTC());
    }

    @Override
    public void record(Throwable error, String where, String errorId) {
        try {
            String fingerprint = Fingerprints.of(error, packages);
            List<String> frames = Fingerprints.frames(error, packages).stream().map(StackTraceElement::toString).toList();
            SpanContext span = Span.current().getSpanContext();
            String traceId = span.isValid() ? span.getTraceId() : null;
            Instant now = clock.instant();
            synchronized (this) {
                Group group = groups.computeIfAbsent(fingerprint, f -> new Group(f, error.getClass().getName(), now));
                group.count++;
                group.lastSeen = now;
                group.message = error.getMessage();
                group.frames = frames;
                if (where != null && group.where.size() < MAX_WHERE && !group.where.contains(where)) {
                    group.where.add(where);
                }
                if (traceId != null) {
                    group.traceId = traceId;
                }
                if (errorId != null) {
                    if (group.errorIds.size() == errorIds) {
                        group.errorIds.removeFirst();
                    }
                    group.errorIds.addLast(errorId);
                }
            }
        } catch (RuntimeException e) {
            // Tracking must never turn one failure into two: the caller is answering or retrying the first.
            LOGGER.log(System.Logger.Level.WARNING, "Could not record an error", e);
        }
    }

    /** Every group, the most recently seen first. */
    public synchronized List<ErrorGroup> groups() {
        // The map is in access order, and only recording accesses it: its end is the most recently seen.
        return groups.values().stream().map(Group::snapshot).toList().reversed();
    }

    /** The group of {@code fingerprint}, if kept. */
    public synchronized Optional<ErrorGroup> group(String fingerprint) {
        // get() would count as an access and reorder the LRU: a read is not a sighting.
        for (Group group : groups.values()) {
            if (group.fingerprint.equals(fingerprint)) {
                return Optional.of(group.snapshot());
            }
        }
        return Optional.empty();
    }

    /** The group whose latest error ids hold {@code errorId}, if kept. */
    public synchronized Optional<ErrorGroup> byErrorId(String errorId) {
        for (Group group : groups.values()) {
            if (group.errorIds.contains(errorId)) {
                return Optional.of(group.snapshot());
            }
        }
        return Optional.empty();
    }

    /** How many groups were dropped to make room. */
    public synchronized long evicted() {
        return evicted;
    }

    /** The packages whose frames count as application code. */
    public List<String> packages() {
        return packages;
    }

    private static final class Group {
        final String fingerprint;
        final String type;
        final Instant firstSeen;
        final List<String> where = new ArrayList<>(1);
        final ArrayDeque<String> errorIds = new ArrayDeque<>();
        long count;
        Instant lastSeen;
        String message;
        List<String> frames = List.of();
        String traceId;

        Group(String fingerprint, String type, Instant firstSeen) {
            this.fingerprint = fingerprint;
            this.type = type;
            this.firstSeen = firstSeen;
        }

        ErrorGroup snapshot() {
            return new ErrorGroup(fingerprint, type, message, frames, count, firstSeen, lastSeen, where, traceId,
                    List.copyOf(errorIds));
        }
    }
}
