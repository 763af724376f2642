package dev.kiln.runtime.validation;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the {@link java.time.Clock} that {@code @Past}, {@code @PastOrPresent}, {@code @Future} and
 * {@code @FutureOrPresent} compare with. Without a binding they use the system clock; an application module
 * can bind one (a fixed clock in tests, say) without touching a {@code Clock} the application binds for itself:
 *
 * <pre>{@code
 * @Module
 * interface FixedClockModule {
 *     @Provides @ValidationClock
 *     static Clock validationClock() {
 *         return Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
 *     }
 * }
 * }</pre>
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
public @interface ValidationClock {}
