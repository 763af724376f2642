package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.EnumModel;
import javax.lang.model.element.Modifier;

/**
 * {@code <Enum>JsonCodec}: an enum as the JSON string of its constant's name. Its {@code NAMES}
 * constant ({@code "RED, GREEN, BLUE"}) is also what routers pass to {@code Params.toEnum}.
 *
 * <pre>{@code
 * JavaFile file = EnumCodecTemplate.render(new EnumModel(color, List.of("RED", "GREEN")));
 * }</pre>
 */
public final class EnumCodecTemplate {
    private EnumCodecTemplate() {}

    /** The codec of {@code model}. */
    public static JavaFile render(EnumModel model) {
        ClassName type = model.type();
        ClassName codec = model.codecName();

        MethodSpec.Builder read = CodecClass.read(type, "p")
                .addStatement("$T name = $T.readString(p)", String.class, RuntimeTypes.JSON_HELPERS)
                .beginControlFlow("if (name == null)")
                .addStatement("throw $T.badEnum(p, NAMES)", RuntimeTypes.JSON_HELPERS)
                .endControlFlow()
                .addCode("return switch (name) {\n$>");
        for (String constant : model.constants()) {
            read.addStatement("case $S -> $T.$N", constant, type, constant);
        }
        read.addStatement("default -> throw $T.badEnum(p, NAMES)", RuntimeTypes.JSON_HELPERS)
                .addCode("$<};\n");

        TypeSpec.Builder spec = CodecClass.builder(codec, type, "the JSON string of its constant's name")
                .addField(FieldSpec.builder(String.class, "NAMES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The constants, as error messages list them.\n")
                        .initializer("$S", String.join(", ", model.constants()))
                        .build())
                .addMethod(CodecClass.constructor())
                .addMethod(CodecClass.write(type, "g", "value")
                        .addStatement("g.writeString(value.name())")
                        .build())
                .addMethod(read.build());
        return GeneratedFiles.file(codec, spec);
    }
}
