package dev.kiln.processor.read;

import dev.kiln.codegen.model.ValueType;

/** A type read for one use: the model type, or why it cannot be used there. */
public sealed interface TypeRead {

    record Ok(ValueType type) implements TypeRead {}

    record Failed(TypeProblem problem) implements TypeRead {}
}
