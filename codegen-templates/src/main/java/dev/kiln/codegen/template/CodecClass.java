package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** The frame shared by record and enum codecs: {@code public final class XJsonCodec implements JsonCodec<X>} with {@code INSTANCE}. */
final class CodecClass {
    private CodecClass() {}

    /** The codec class with its {@code INSTANCE} (declared first, so that codecs of cyclic types initialise). */
    static TypeSpec.Builder builder(ClassName codec, ClassName type, String shape) {
        return GeneratedFiles.classBuilder(codec)
                .addJavadoc("Reads and writes {@link $T} as $L with jackson-core's streaming API.\n", type, shape)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.JSON_CODEC, type))
                .addField(FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance; codecs are stateless.\n")
                        .initializer("new $T()", codec)
                        .build());
    }

    static MethodSpec constructor() {
        return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build();
    }

    /** {@code @Override public void write(JsonGenerator g, T value)}, body to be added. */
    static MethodSpec.Builder write(ClassName type, String generator, String value) {
        return MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.JSON_GENERATOR, generator)
                .addParameter(type, value);
    }

    /** {@code @Override public T read(JsonParser p)}, body to be added. */
    static MethodSpec.Builder read(ClassName type, String parser) {
        return MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addParameter(RuntimeTypes.JSON_PARSER, parser);
    }
}
