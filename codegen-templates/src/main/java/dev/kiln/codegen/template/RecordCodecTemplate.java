package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.RecordModel.Component;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <Record>JsonCodec}: a record as a JSON object, one property per component, on jackson-core's
 * streaming API. Unknown properties are skipped; a missing or {@code null} component is a 400 naming its
 * JSON pointer unless it is an {@code Optional} (then empty, and an empty one is not written).
 *
 * <pre>{@code
 * JavaFile file = RecordCodecTemplate.render(new RecordModel(order, List.of(
 *         new RecordModel.Component("id", ValueType.Scalar.of(ScalarKind.LONG, TypeName.LONG)))));
 * }</pre>
 */
public final class RecordCodecTemplate {
    private RecordCodecTemplate() {}

    /** The codec of {@code model}. */
    public static JavaFile render(RecordModel model) {
        ClassName codec = model.codecName();
        NameAllocator members = new NameAllocator();
        members.newName("INSTANCE");
        Constants constants = new Constants(members);
        List<String> propertyNames = new ArrayList<>();
        for (Component component : model.components()) {
            propertyNames.add(constants.get("property:" + component.name(), Identifiers.upperSnake(component.name()),
                    RuntimeTypes.SERIALIZED_STRING,
                    CodeBlock.of("new $T($S)", RuntimeTypes.SERIALIZED_STRING, component.name())));
        }
        RecordCodecMethods methods = new RecordCodecMethods(model, propertyNames, new Codecs(constants));

        // The first pass declares every codec constant, so that the second can keep locals clear of them.
        methods.write(members.clone());
        methods.read(members.clone());
        TypeSpec.Builder type = CodecClass.builder(codec, model.type(), "a JSON object")
                .addFields(constants.fields())
                .addMethod(CodecClass.constructor())
                .addMethod(methods.write(members.clone()))
                .addMethod(methods.read(members.clone()));
        return GeneratedFiles.file(codec, type);
    }

    /** The write and read methods; each call builds a fresh method with the given names. */
    private record RecordCodecMethods(RecordModel model, List<String> propertyNames, Codecs codecs) {

        MethodSpec write(NameAllocator names) {
            String g = names.newName("g");
            String value = names.newName("value");
            MethodSpec.Builder write = CodecClass.write(model.type(), g, value)
                    .addStatement("$N.writeStartObject()", g);
            for (int i = 0; i < model.components().size(); i++) {
                Component component = model.components().get(i);
                String property = propertyNames.get(i);
                CodeBlock get = CodeBlock.of("$N.$N()", value, component.name());
                switch (component.type()) {
                    case ValueType.Scalar scalar when scalar.primitive() -> {
                        write.addStatement("$N.writeName($N)", g, property);
                        write.addStatement(writePrimitive(scalar, g, get));
                    }
                    case ValueType.OptionalOf optional -> {
                        String local = names.newName(component.name());
                        write.addStatement("$T $N = $L", optional.typeName(), local, get);
                        write.beginControlFlow("if ($N != null && $N.isPresent())", local, local);
                        write.addStatement("$N.writeName($N)", g, property);
                        write.addStatement(writeReference(optional.element(), g, CodeBlock.of("$N.get()", local)));
                        write.endControlFlow();
                    }
                    default -> {
                        String local = names.newName(component.name());
                        write.addStatement("$T $N = $L", component.type().typeName(), local, get);
                        write.addStatement("$N.writeName($N)", g, property);
                        write.beginControlFlow("if ($N == null)", local);
                        write.addStatement("$N.writeNull()", g);
                        write.nextControlFlow("else");
                        write.addStatement(writeReference(component.type(), g, CodeBlock.of("$N", local)));
                        write.endControlFlow();
                    }
                }
            }
            return write.addStatement("$N.writeEndObject()", g).build();
        }

        MethodSpec read(NameAllocator names) {
            String p = names.newName("p");
            String property = names.newName("property");
            List<String> locals = new ArrayList<>();
            List<Optional<String>> seen = new ArrayList<>();
            for (Component component : model.components()) {
                locals.add(names.newName(component.name()));
            }
            MethodSpec.Builder read = CodecClass.read(model.type(), p)
                    .addStatement("$T.expectObject($N)", RuntimeTypes.JSON_HELPERS, p);
            for (int i = 0; i < model.components().size(); i++) {
                Component component = model.components().get(i);
                String local = locals.get(i);
                if (component.type() instanceof ValueType.Scalar scalar && scalar.primitive()) {
                    String flag = names.newName(component.name() + "Seen");
                    seen.add(Optional.of(flag));
                    read.addStatement("$T $N = $L", scalar.typeName(), local, Scalars.zero(scalar));
                    read.addStatement("boolean $N = false", flag);
                } else if (component.type() instanceof ValueType.OptionalOf) {
                    seen.add(Optional.empty());
                    read.addStatement("$T $N = $T.empty()", component.type().typeName(), local, Optional.class);
                } else {
                    seen.add(Optional.empty());
                    read.addStatement("$T $N = null", component.type().typeName(), local);
                }
            }

            read.beginControlFlow("for ($T $N = $N.nextName(); $N != null; $N = $N.nextName())",
                    String.class, property, p, property, property, p);
            read.addStatement("$N.nextToken()", p);
            read.beginControlFlow("switch ($N)", property);
            for (int i = 0; i < model.components().size(); i++) {
                Component component = model.components().get(i);
                String local = locals.get(i);
                if (seen.get(i).isPresent()) {
                    read.beginControlFlow("case $S ->", component.name());
                    read.addStatement("$N = $L", local, Scalars.readPrimitive((ValueType.Scalar) component.type(), p));
                    read.addStatement("$N = true", seen.get(i).get());
                    read.endControlFlow();
                } else {
                    read.addStatement("case $S -> $N = $L", component.name(), local, readReference(component.type(), p));
                }
            }
            read.addStatement("default -> $N.skipChildren()", p);
            read.endControlFlow();
            read.endControlFlow();

            for (int i = 0; i < model.components().size(); i++) {
                Component component = model.components().get(i);
                if (seen.get(i).isPresent()) {
                    read.beginControlFlow("if (!$N)", seen.get(i).get());
                } else if (component.type() instanceof ValueType.OptionalOf) {
                    continue;
                } else {
                    read.beginControlFlow("if ($N == null)", locals.get(i));
                }
                read.addStatement("throw $T.missing($N, $S)", RuntimeTypes.JSON_HELPERS, p, component.name());
                read.endControlFlow();
            }
            return read.addStatement("return new $T($L)", model.type(), String.join(", ", locals)).build();
        }

        /** {@code g.writeNumber(value.id())}; a {@code char} is a one-character string. */
        private static CodeBlock writePrimitive(ValueType.Scalar scalar, String g, CodeBlock value) {
            return switch (scalar.kind()) {
                case BOOLEAN -> CodeBlock.of("$N.writeBoolean($L)", g, value);
                case CHAR -> CodeBlock.of("$N.writeString($T.valueOf($L))", g, String.class, value);
                default -> CodeBlock.of("$N.writeNumber($L)", g, value);
            };
        }

        /** Writes a non-null reference: a string directly, anything else through its codec. */
        private CodeBlock writeReference(ValueType type, String g, CodeBlock value) {
            if (type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
                return CodeBlock.of("$N.writeString($L)", g, value);
            }
            return CodeBlock.of("$L.write($N, $L)", codecs.of(type), g, value);
        }

        /** Reads a reference component; JSON {@code null} reads as {@code null}, or empty for an {@code Optional}. */
        private CodeBlock readReference(ValueType type, String p) {
            if (type instanceof ValueType.OptionalOf optional) {
                if (isString(optional.element())) {
                    return CodeBlock.of("$T.ofNullable($T.readString($N))", Optional.class, RuntimeTypes.JSON_HELPERS, p);
                }
                return CodeBlock.of("$T.isNull($N) ? $T.empty() : $T.of($L.read($N))", RuntimeTypes.JSON_HELPERS, p,
                        Optional.class, Optional.class, codecs.of(optional.element()), p);
            }
            if (isString(type)) {
                return CodeBlock.of("$T.readString($N)", RuntimeTypes.JSON_HELPERS, p);
            }
            return CodeBlock.of("$T.isNull($N) ? null : $L.read($N)", RuntimeTypes.JSON_HELPERS, p, codecs.of(type), p);
        }

        private static boolean isString(ValueType type) {
            return type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING;
        }
    }
}
