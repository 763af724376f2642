package dev.kiln.codegen.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** An enum reached from a service signature, encoded as the constant's name. */
public record EnumModel(ClassName type, List<String> constants) {

    /** The generated codec's name. */
    public ClassName codecName() {
        return Names.codec(type);
    }
}
