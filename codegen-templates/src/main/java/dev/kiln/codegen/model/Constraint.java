package dev.kiln.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code jakarta.validation.constraints} annotation as the processor read it, its attributes already
 * checked. {@link #message()} is the annotation's {@code message} when the user wrote one: it replaces
 * Kiln's own text ({@code "must be at least 1"}) word for word.
 *
 * <pre>{@code
 * new Constraint.Size(1, 20, Optional.empty())        // @Size(min = 1, max = 20)
 * new Constraint.Pattern("^[A-Z]{3}$", List.of(), Optional.of("a currency code"))
 * }</pre>
 */
public sealed interface Constraint {

    /** The user's literal message, if the annotation has one. */
    Optional<String> message();

    /** {@code @NotNull}. */
    record NotNull(Optional<String> message) implements Constraint {}

    /** {@code @NotBlank}: not null, and at least one character that is not white space. */
    record NotBlank(Optional<String> message) implements Constraint {}

    /** {@code @NotEmpty}: not null, and not of length or size 0. */
    record NotEmpty(Optional<String> message) implements Constraint {}

    /** {@code @Size}: a length (in code points) or size within {@code [min, max]}. */
    record Size(int min, int max, Optional<String> message) implements Constraint {}

    /** {@code @Min}. */
    record Min(long value, Optional<String> message) implements Constraint {}

    /** {@code @Max}. */
    record Max(long value, Optional<String> message) implements Constraint {}

    /** {@code @DecimalMin}; {@code value} is a valid {@code BigDecimal} text. */
    record DecimalMin(String value, boolean inclusive, Optional<String> message) implements Constraint {}

    /** {@code @DecimalMax}; {@code value} is a valid {@code BigDecimal} text. */
    record DecimalMax(String value, boolean inclusive, Optional<String> message) implements Constraint {}

    /** {@code @Positive} ({@code orZero} false) or {@code @PositiveOrZero}. */
    record Positive(boolean orZero, Optional<String> message) implements Constraint {}

    /** {@code @Negative} ({@code orZero} false) or {@code @NegativeOrZero}. */
    record Negative(boolean orZero, Optional<String> message) implements Constraint {}

    /**
     * {@code @Pattern}: the whole text matches {@code regexp}, a valid {@code java.util.regex.Pattern}.
     *
     * @param flags names of {@code java.util.regex.Pattern} flag constants, e.g. {@code CASE_INSENSITIVE}
     */
    record Pattern(String regexp, List<String> flags, Optional<String> message) implements Constraint {
        public Pattern {
            flags = List.copyOf(flags);
        }
    }

    /**
     * {@code @Email}: a well-formed address and, when the annotation gives one, a match of {@code regexp}.
     *
     * @param regexp an extra pattern the whole address must match, if the user gave one
     * @param flags  names of {@code java.util.regex.Pattern} flag constants for {@code regexp}
     */
    record Email(Optional<String> regexp, List<String> flags, Optional<String> message) implements Constraint {
        public Email {
            flags = List.copyOf(flags);
        }
    }

    /** {@code @Past} ({@code orPresent} false) or {@code @PastOrPresent}. */
    record Past(boolean orPresent, Optional<String> message) implements Constraint {}

    /** {@code @Future} ({@code orPresent} false) or {@code @FutureOrPresent}. */
    record Future(boolean orPresent, Optional<String> message) implements Constraint {}

    /** {@code @Digits}: at most {@code integer} digits before the point and {@code fraction} after it. */
    record Digits(int integer, int fraction, Optional<String> message) implements Constraint {}
}
