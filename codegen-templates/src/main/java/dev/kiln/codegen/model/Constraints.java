package dev.kiln.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * What is checked on one value: a record component, a route parameter, or the elements of a container.
 * An {@code Optional}'s constraints apply to its value when it is present (an empty {@code Optional}
 * passes them all), so an {@code Optional} has no {@code elements} of its own: {@code elements} belong
 * to the value inside.
 *
 * <pre>{@code
 * // @Size(max = 5) List<@Valid Line> lines
 * new Constraints(List.of(new Constraint.Size(0, 5, Optional.empty())), false,
 *         Optional.of(new Constraints(List.of(), true, Optional.empty())))
 * }</pre>
 *
 * @param checks   the constraints on the value itself, in the order they were written
 * @param cascade  whether the value is a record whose generated validator runs ({@code @Valid}); the
 *                 processor sets it only for records that have something to check
 * @param elements the constraints on the elements of a {@code List}, {@code Set} or array, or on the
 *                 values of a {@code Map}
 */
public record Constraints(List<Constraint> checks, boolean cascade, Optional<Constraints> elements) {

    /** Nothing to check. */
    public static final Constraints NONE = new Constraints(List.of(), false, Optional.empty());

    public Constraints {
        checks = List.copyOf(checks);
        elements = elements.filter(e -> !e.isEmpty());
    }

    /** Whether nothing at all is checked, here or inside. */
    public boolean isEmpty() {
        return checks.isEmpty() && !cascade && elements.isEmpty();
    }
}
