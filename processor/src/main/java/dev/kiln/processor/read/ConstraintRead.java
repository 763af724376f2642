package dev.kiln.processor.read;

import dev.kiln.codegen.model.Constraints;
import java.util.List;

/** The constraints read on one value: the model, or what is wrong with them. */
public sealed interface ConstraintRead {

    record Ok(Constraints constraints) implements ConstraintRead {}

    record Failed(List<ConstraintProblem> problems) implements ConstraintRead {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    /** The problems, none when the read succeeded. */
    default List<ConstraintProblem> problems() {
        return this instanceof Failed failed ? failed.problems() : List.of();
    }

    /** The constraints, {@link Constraints#NONE} when the read failed. */
    default Constraints constraintsOrNone() {
        return this instanceof Ok ok ? ok.constraints() : Constraints.NONE;
    }
}
