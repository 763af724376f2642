package dev.kiln.codegen.template;

import dev.kiln.codegen.model.Constraint;

/**
 * What a violation says: the user's {@code message} when the annotation has one, else Kiln's own
 * sentence, written to follow the value's location ({@code "/quantity": "must be at least 1"}).
 */
final class ConstraintMessages {
    private ConstraintMessages() {}

    static String of(Constraint constraint) {
        return constraint.message().orElseGet(() -> standard(constraint));
    }

    static String standard(Constraint constraint) {
        return switch (constraint) {
            case Constraint.NotNull c -> "must not be null";
            case Constraint.NotBlank c -> "must not be blank";
            case Constraint.NotEmpty c -> "must not be empty";
            case Constraint.Size c when c.max() == Integer.MAX_VALUE -> "size must be at least " + c.min();
            case Constraint.Size c when c.min() == 0 -> "size must be at most " + c.max();
            case Constraint.Size c -> "size must be between " + c.min() + " and " + c.max();
            case Constraint.Min c -> "must be at least " + c.value();
            case Constraint.Max c -> "must be at most " + c.value();
            case Constraint.DecimalMin c -> (c.inclusive() ? "must be at least " : "must be greater than ") + c.value();
            case Constraint.DecimalMax c -> (c.inclusive() ? "must be at most " : "must be less than ") + c.value();
            case Constraint.Positive c -> c.orZero() ? "must be at least 0" : "must be greater than 0";
            case Constraint.Negative c -> c.orZero() ? "must be at most 0" : "must be less than 0";
            case Constraint.Pattern c -> "must match " + c.regexp();
            case Constraint.Email c -> "must be a well-formed email address";
            case Constraint.Past c -> c.orPresent() ? "must be in the past or the present" : "must be in the past";
            case Constraint.Future c -> c.orPresent() ? "must be in the present or the future" : "must be in the future";
            case Constraint.Digits c -> "must have at most " + digits(c.integer(), "integer") + " and "
                    + digits(c.fraction(), "fraction");
        };
    }

    private static String digits(int count, String kind) {
        return count + " " + kind + (count == 1 ? " digit" : " digits");
    }
}
