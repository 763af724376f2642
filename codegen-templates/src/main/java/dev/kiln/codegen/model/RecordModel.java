package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A record reached from a service signature, encoded as a JSON object.
 *
 * @param type       the record
 * @param components its components in declaration order; the JSON property is the component name
 */
public record RecordModel(ClassName type, List<Component> components) {

    /**
     * One record component.
     *
     * @param constraints what its generated validator checks; {@link Constraints#NONE} when nothing
     */
    public record Component(String name, ValueType type, Constraints constraints) {
        /** A component with no constraints. */
        public Component(String name, ValueType type) {
            this(name, type, Constraints.NONE);
        }
    }

    /** The generated codec's name. */
    public ClassName codecName() {
        return Names.codec(type);
    }

    /** The generated validator's name. */
    public ClassName validatorName() {
        return Names.validator(type);
    }

    /** Whether a component carries a constraint or cascades into another record: the record gets a validator. */
    public boolean validated() {
        return components.stream().anyMatch(c -> !c.constraints().isEmpty());
    }
}
