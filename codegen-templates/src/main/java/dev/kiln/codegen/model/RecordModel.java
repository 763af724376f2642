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

    /** One record component. */
    public record Component(String name, ValueType type) {}

    /** The generated codec's name. */
    public ClassName codecName() {
        return Names.codec(type);
    }
}
