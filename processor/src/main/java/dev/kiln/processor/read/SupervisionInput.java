package dev.kiln.processor.read;

import dev.kiln.codegen.model.SupervisionModel;
import java.time.Duration;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * {@code @Supervised} as written, with the values its defaults fill in; durations parse as {@code @RateLimit}'s
 * window does ({@code "200ms"}, {@code "1m"}).
 *
 * <pre>{@code
 * SupervisionInput input = SupervisionInput.read(mirror);
 * Optional<Duration> within = input.withinDuration();   // empty when "1 min"
 * }</pre>
 */
public record SupervisionInput(AnnotationMirror mirror, int maxRestarts, String within, String backoff,
                               String maxBackoff) {

    /** Reads {@code mirror}, a {@code @Supervised}. */
    public static SupervisionInput read(AnnotationMirror mirror) {
        return new SupervisionInput(mirror, Annotations.intValue(mirror, "maxRestarts").orElse(0),
                Annotations.stringValue(mirror, "within"), Annotations.stringValue(mirror, "backoff"),
                Annotations.stringValue(mirror, "maxBackoff"));
    }

    public Optional<Duration> withinDuration() {
        return RateLimitWindows.parse(within);
    }

    public Optional<Duration> backoffDuration() {
        return RateLimitWindows.parse(backoff);
    }

    public Optional<Duration> maxBackoffDuration() {
        return RateLimitWindows.parse(maxBackoff);
    }

    /** The value written for {@code member}, to report on; null when it took its default. */
    public AnnotationValue value(String member) {
        return Annotations.explicitValue(mirror, member).orElse(null);
    }

    /** The model of a supervision that passed validation. */
    public SupervisionModel toModel() {
        return new SupervisionModel(maxRestarts, withinDuration().orElseThrow().toMillis(),
                backoffDuration().orElseThrow().toMillis(), maxBackoffDuration().orElseThrow().toMillis());
    }
}
