package dev.kiln.processor.read;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code per} of {@code @RateLimit}: a positive whole number and a unit, {@code ms}, {@code s},
 * {@code m}, {@code h} or {@code d} ({@code "500ms"}, {@code "1s"}, {@code "10m"}, {@code "1h"}, {@code "1d"}).
 *
 * <pre>{@code
 * Optional<Duration> minute = RateLimitWindows.parse("1m");   // PT1M
 * Optional<Duration> bad = RateLimitWindows.parse("1 min");   // empty
 * }</pre>
 */
public final class RateLimitWindows {
    private static final Pattern WINDOW = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");

    private RateLimitWindows() {}

    /** The window, or empty when {@code text} is not a positive number followed by a unit. */
    public static Optional<Duration> parse(String text) {
        Matcher matcher = WINDOW.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        if (amount == 0) {
            return Optional.empty();
        }
        return Optional.of(switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }
}
