package dev.kiln.processor.validate;

import dev.kiln.codegen.model.ValueType;
import dev.kiln.processor.read.ConstraintProblem;
import dev.kiln.processor.read.ConstraintRead;
import dev.kiln.processor.read.ParamInput;
import dev.kiln.processor.read.RouteInput;
import dev.kiln.processor.read.ServiceInput;
import dev.kiln.processor.read.TypeRead;
import dev.kiln.processor.read.TypeReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports the constraints Kiln cannot generate checks for, on the parameters of a service's routes and on
 * the components of every record its signatures reach: {@code [KilnConstraintNotApplicable]} (a
 * constraint on a type it cannot check, {@code @Valid} with nothing to cascade into),
 * {@code [KilnInvalidConstraint]} (a bad attribute: regular expression, bounds, digits) and
 * {@code [KilnConstraintNotSupported]} (constraints Kiln has no check for, groups, map keys). A record's
 * problems are reported on its components once, however many services reach it.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(input, true);
 * ConstraintErrors.check(input, types, report);   // types: the TypeReader that read the input
 * }</pre>
 */
public final class ConstraintErrors {
    private ConstraintErrors() {}

    public static void check(ServiceInput service, TypeReader types, ValidationReport report) {
        List<ValueType> reached = new ArrayList<>();
        for (RouteInput route : service.routes()) {
            for (ParamInput param : route.params()) {
                param.constraints().map(ConstraintRead::problems).ifPresent(p -> add(p, report));
                param.type().filter(TypeRead.Ok.class::isInstance).map(t -> ((TypeRead.Ok) t).type())
                        .ifPresent(reached::add);
            }
            if (route.result() instanceof TypeRead.Ok ok) {
                reached.add(ok.type());
            }
        }
        add(types.constraintProblems(reached), report);
    }

    private static void add(List<ConstraintProblem> problems, ValidationReport report) {
        for (ConstraintProblem problem : problems) {
            if (problem.value() != null) {
                report.error(problem.element(), problem.mirror(), problem.value(), problem.message());
            } else if (problem.mirror() != null) {
                report.error(problem.element(), problem.mirror(), problem.message());
            } else {
                report.error(problem.element(), problem.message());
            }
        }
    }
}
