package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Source of {@code com.example.Probe}, compiled with the generated codecs and run by the test: it
 * round-trips values through them and reports each outcome as one line of text.
 */
final class CodecProbe {
    private CodecProbe() {}

    static final String NAME = "com.example.Probe";

    private static final ClassName JSON = ClassName.get("dev.kiln.runtime.json", "Json");
    private static final ClassName DECODE_EXCEPTION = ClassName.get("dev.kiln.runtime.json", "JsonDecodeException");
    private static final ClassName ORDER_CODEC = ClassName.get("com.example", "OrderJsonCodec");
    private static final ClassName LINE_CODEC = ClassName.get("com.example", "NewOrder_LineJsonCodec");
    private static final ClassName COLOR_CODEC = ClassName.get("com.example", "ColorJsonCodec");
    private static final ClassName EVERYTHING_CODEC = ClassName.get("com.example", "EverythingJsonCodec");

    static JavaFile source() {
        MethodSpec get = MethodSpec.methodBuilder("get")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("$T<String> out = new $T<>()", List.class, java.util.ArrayList.class)
                // encode: an empty Optional is omitted, a list of nested records is written in full
                .addStatement("$T order = new $T(7L, $S, $T.empty(), $T.of(new $T($S, 2)))", Fixtures.ORDER, Fixtures.ORDER,
                        "ann", java.util.Optional.class, List.class, Fixtures.LINE, "sku-1")
                .addStatement("out.add(text($T.encode($T.INSTANCE, order)))", JSON, ORDER_CODEC)
                // decode: unknown properties skipped, null Optional is empty
                .addStatement("out.add(String.valueOf($T.decode($T.INSTANCE, bytes($S))))", JSON, ORDER_CODEC,
                        "{\"x\":{\"a\":[1,{\"b\":2}]},\"id\":7,\"note\":null,\"customer\":\"ann\",\"lines\":[],\"y\":3}")
                // missing and null required components, primitive and reference, nested
                .addStatement("out.add(failure($T.INSTANCE, $S))", ORDER_CODEC, "{\"id\":1,\"lines\":[]}")
                .addStatement("out.add(failure($T.INSTANCE, $S))", ORDER_CODEC, "{\"customer\":\"a\",\"lines\":[]}")
                .addStatement("out.add(failure($T.INSTANCE, $S))", ORDER_CODEC, "{\"id\":1,\"customer\":\"a\",\"lines\":null}")
                .addStatement("out.add(failure($T.INSTANCE, $S))", ORDER_CODEC,
                        "{\"id\":1,\"customer\":\"a\",\"lines\":[{\"sku\":\"k\"}]}")
                .addStatement("out.add(failure($T.INSTANCE, $S))", LINE_CODEC, "{\"sku\":\"k\",\"quantity\":\"2\"}")
                // enums
                .addStatement("out.add(String.valueOf($T.decode($T.INSTANCE, bytes($S))))", JSON, COLOR_CODEC, "\"BLUE\"")
                .addStatement("out.add(failure($T.INSTANCE, $S))", COLOR_CODEC, "\"PURPLE\"")
                // every component kind: encode, decode, encode again gives the same document
                .addStatement("$T everything = $L", Fixtures.EVERYTHING, SampleValues.newInstance(Fixtures.everything()))
                .addStatement("String first = text($T.encode($T.INSTANCE, everything))", JSON, EVERYTHING_CODEC)
                .addStatement("out.add(first)")
                .addStatement("out.add(String.valueOf(first.equals(text($T.encode($T.INSTANCE, $T.decode($T.INSTANCE, bytes(first)))))))",
                        JSON, EVERYTHING_CODEC, JSON, EVERYTHING_CODEC)
                .addStatement("out.add(failure($T.INSTANCE, first.replace($S, $S)))", EVERYTHING_CODEC,
                        "\"boxedint\":3", "\"boxedint\":null")
                .addStatement("return out")
                .build();
        TypeSpec probe = TypeSpec.classBuilder("Probe")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Supplier.class), ParameterizedTypeName.get(List.class, String.class)))
                .addMethod(get)
                .addMethod(MethodSpec.methodBuilder("text").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class).addParameter(byte[].class, "json")
                        .addStatement("return new String(json, $T.UTF_8)", StandardCharsets.class).build())
                .addMethod(MethodSpec.methodBuilder("bytes").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(byte[].class).addParameter(String.class, "json")
                        .addStatement("return json.getBytes($T.UTF_8)", StandardCharsets.class).build())
                .addMethod(MethodSpec.methodBuilder("failure").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(ParameterizedTypeName.get(ClassName.get("dev.kiln.runtime.json", "JsonCodec"),
                                com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), "codec")
                        .addParameter(String.class, "json")
                        .beginControlFlow("try")
                        .addStatement("return \"decoded \" + $T.decode(codec, bytes(json))", JSON)
                        .nextControlFlow("catch ($T e)", DECODE_EXCEPTION)
                        .addStatement("return e.describe()")
                        .endControlFlow()
                        .build())
                .build();
        return JavaFile.builder("com.example", probe).build();
    }
}
