package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.PathTemplate;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One route as a client method: build the path, add query parameters, headers and body, send, and
 * decode. A {@code null} reference for a query parameter or header means "not sent" (the server then
 * applies its default or answers 400); primitives, and so {@code @DefaultValue} primitives, are always sent.
 */
final class ClientMethod {
    private final Constants constants;
    private final Codecs codecs;
    private final String http;

    ClientMethod(Constants constants, String http) {
        this.constants = constants;
        this.codecs = new Codecs(constants);
        this.http = http;
    }

    /** The {@code @Override} of {@code route}'s interface method; {@code names} is this method's. */
    MethodSpec method(RouteModel route, NameAllocator names) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(route.methodName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(route.result().typeName());
        List<String> locals = new ArrayList<>();
        for (ParamModel param : route.params()) {
            String local = names.newName(param.javaName());
            locals.add(local);
            method.addParameter(param.type().typeName(), local);
        }
        String call = names.newName("call");
        // The template names the call's span (GET /orders/{id}); @Idempotent: a discovered client may retry the call
        // on another instance although it is a POST or PATCH.
        method.addStatement("$T $N = $N.call($T.$N, $S, $L)$L", RuntimeTypes.CLIENT_CALL, call, http,
                RuntimeTypes.METHOD, route.method().name(), route.path(), path(route, locals),
                route.idempotent() ? ".idempotent()" : "");
        for (int i = 0; i < route.params().size(); i++) {
            ParamModel param = route.params().get(i);
            switch (param.kind()) {
                case QUERY, HEADER -> send(method, param, locals.get(i), call);
                case BODY -> method.addStatement(body(param.type(), call, locals.get(i)));
                case PATH -> {} // part of the path above
                case PRINCIPAL -> {} // the server reads it from the credentials the client sends
            }
        }
        method.addStatement(receive(route, call));
        return method.build();
    }

    /** {@code "/orders/" + ClientCall.segment(String.valueOf(id)) + "/lines"}. */
    private static CodeBlock path(RouteModel route, List<String> locals) {
        List<CodeBlock> parts = new ArrayList<>();
        for (PathTemplate.Part part : PathTemplate.parse(route.path()).parts()) {
            switch (part) {
                case PathTemplate.Literal literal -> parts.add(CodeBlock.of("$S", literal.text()));
                case PathTemplate.Variable variable -> {
                    int index = pathParam(route, variable.name());
                    ParamModel param = route.params().get(index);
                    if (!(param.type() instanceof ValueType.Scalar scalar)) {
                        throw new IllegalArgumentException("Path parameter '" + param.wireName() + "' of "
                                + route.methodName() + " is not a single value: " + param.type().typeName());
                    }
                    parts.add(CodeBlock.of("$T.segment($L)", RuntimeTypes.CLIENT_CALL,
                            Scalars.toText(scalar, CodeBlock.of("$N", locals.get(index)))));
                }
            }
        }
        return parts.isEmpty() ? CodeBlock.of("$S", "/") : CodeBlock.join(parts, " + ");
    }

    private static int pathParam(RouteModel route, String name) {
        for (int i = 0; i < route.params().size(); i++) {
            ParamModel param = route.params().get(i);
            if (param.kind() == ParamKind.PATH && param.wireName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No @PathParam for {" + name + "} in " + route.path()
                + " of " + route.methodName() + " (the processor should have rejected it)");
    }

    /** {@code call.query("limit", ...)} or {@code call.header(HEADER_X_REASON, ...)} and their repeated forms. */
    private void send(MethodSpec.Builder method, ParamModel param, String local, String call) {
        CodeBlock name = param.kind() == ParamKind.QUERY
                ? CodeBlock.of("$S", param.wireName())
                : CodeBlock.of("$N", headerConstant(param.wireName()));
        String single = param.kind() == ParamKind.QUERY ? "query" : "header";
        switch (param.type()) {
            case ValueType.Scalar scalar when scalar.primitive() -> method.addStatement("$N.$N($L, $L)",
                    call, single, name, Scalars.toText(scalar, CodeBlock.of("$N", local)));
            case ValueType.Scalar scalar -> {
                method.beginControlFlow("if ($N != null)", local);
                method.addStatement("$N.$N($L, $L)", call, single, name, Scalars.toText(scalar, CodeBlock.of("$N", local)));
                method.endControlFlow();
            }
            case ValueType.OptionalOf optional when optional.element() instanceof ValueType.Scalar scalar -> {
                method.beginControlFlow("if ($N.isPresent())", local);
                method.addStatement("$N.$N($L, $L)", call, single, name,
                        Scalars.toText(scalar, CodeBlock.of("$N.get()", local)));
                method.endControlFlow();
            }
            case ValueType.ListOf list when list.element() instanceof ValueType.Scalar scalar ->
                    sendAll(method, local, call, single + "All", name, scalar);
            case ValueType.SetOf set when set.element() instanceof ValueType.Scalar scalar ->
                    sendAll(method, local, call, single + "All", name, scalar);
            default -> throw new IllegalArgumentException(param.kind().label() + " '" + param.wireName()
                    + "' cannot be sent as text: " + param.type().typeName());
        }
    }

    private static void sendAll(MethodSpec.Builder method, String local, String call, String all, CodeBlock name,
                                ValueType.Scalar element) {
        method.beginControlFlow("if ($N != null)", local);
        method.addStatement("$N.$N($L, $L)", call, all, name, Scalars.toTexts(element, CodeBlock.of("$N", local)));
        method.endControlFlow();
    }

    private CodeBlock body(ValueType type, String call, String local) {
        if (type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
            return CodeBlock.of("$N.textBody($N)", call, local);
        }
        if (type instanceof ValueType.Bytes) {
            return CodeBlock.of("$N.bytesBody($N)", call, local);
        }
        return CodeBlock.of("$N.jsonBody($L, $N)", call, codecs.of(type), local);
    }

    private CodeBlock receive(RouteModel route, String call) {
        ValueType result = route.result();
        int status = route.status();
        return switch (result) {
            case ValueType.Void v -> CodeBlock.of("$N.send().noContent()", call);
            case ValueType.Scalar scalar when scalar.kind() == ScalarKind.STRING ->
                    CodeBlock.of("return $N.send().text($L)", call, status);
            case ValueType.Bytes bytes -> CodeBlock.of("return $N.send().bytes($L)", call, status);
            case ValueType.OptionalOf optional ->
                    CodeBlock.of("return $N.send().optionalJson($L, $L)", call, status, codecs.of(optional.element()));
            default -> CodeBlock.of("return $N.send().json($L, $L)", call, status, codecs.of(result));
        };
    }

    /** {@code HEADER_X_REASON = HeaderNames.create("X-Reason")}, one per header name. */
    private String headerConstant(String header) {
        return constants.get("header:" + header, "HEADER_" + Identifiers.upperSnake(header),
                RuntimeTypes.HEADER_NAME, CodeBlock.of("$T.create($S)", RuntimeTypes.HEADER_NAMES, header));
    }
}
