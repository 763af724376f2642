package dev.kiln.codegen.template;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ScalarKind;
import dev.kiln.codegen.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * One route's handler in a router: check the route's rule and rate limit ({@link RouteGuards}), pull
 * each parameter into a local and convert it, call the service, encode the result. Locals keep the
 * user's parameter names where they can; generated names ({@code req}, {@code res}, {@code result},
 * {@code limitRaw}) give way.
 */
final class RouteHandler {
    private final Constants constants;
    private final Codecs codecs;
    private final String serviceField;
    private final RouteGuards guards;
    private final String clockField;

    /** @param clockField the router's {@code Clock} field, or null when no route validates */
    RouteHandler(Constants constants, String serviceField, RouteGuards guards, String clockField) {
        this.constants = constants;
        this.codecs = new Codecs(constants);
        this.serviceField = serviceField;
        this.guards = guards;
        this.clockField = clockField;
    }

    /** The handler {@code private void name(ServerRequest req, ServerResponse res)}; {@code names} is this method's. */
    MethodSpec method(RouteModel route, String name, NameAllocator names) {
        List<String> locals = new ArrayList<>();
        for (ParamModel param : route.params()) {
            locals.add(names.newName(param.javaName()));
        }
        Scope scope = new Scope(names, names.newName("req"), names.newName("res"));
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.SERVER_REQUEST, scope.req)
                .addParameter(RuntimeTypes.SERVER_RESPONSE, scope.res);
        guards.emit(method, route, locals, names, scope.req, scope.res);
        for (int i = 0; i < route.params().size(); i++) {
            bind(method, route.params().get(i), locals.get(i), scope);
        }
        // Validation (docs/validation.md): every parameter bound, every constraint checked, before the call.
        validate(method, route, locals, scope);

        CodeBlock call = CodeBlock.of("$N.$N($L)", serviceField, route.methodName(),
                String.join(", ", locals));
        ValueType result = route.result();
        if (result instanceof ValueType.Void) {
            method.addStatement("$L", call);
            if (route.status() == 204) {
                method.addStatement("$T.noContent($N)", RuntimeTypes.RESPONSES, scope.res);
            } else {
                method.addStatement("$T.empty($N, $L)", RuntimeTypes.RESPONSES, scope.res, route.status());
            }
            return method.build();
        }
        String resultLocal = names.newName("result");
        method.addStatement("$T $N = $L", result.typeName(), resultLocal, call);
        method.addStatement(respond(result, route.status(), scope.res, resultLocal));
        return method.build();
    }

    /**
     * Validation: once every parameter is bound, checks the constraints of parameters and {@code @Valid}
     * bodies and answers all violations of the request in one 400, before the service is called.
     */
    private void validate(MethodSpec.Builder method, RouteModel route, List<String> locals, Scope scope) {
        if (route.params().stream().allMatch(p -> p.constraints().isEmpty())) {
            return;
        }
        String violations = scope.names.newName("violations");
        ConstraintCode checks = new ConstraintCode(constants, violations, false);
        CodeBlock.Builder code = CodeBlock.builder()
                .add("// Every constraint is checked, and all violations are answered in one 400.\n")
                .addStatement("$T $N = new $T($N)", RuntimeTypes.VIOLATIONS, violations, RuntimeTypes.VIOLATIONS,
                        clockField);
        for (int i = 0; i < route.params().size(); i++) {
            ParamModel param = route.params().get(i);
            if (param.constraints().isEmpty()) {
                continue; // a parameter without constraints (the Principal among them) has nothing to check
            }
            ConstraintCode.Slot slot = param.kind() == ParamKind.BODY
                    ? new ConstraintCode.Here()
                    : new ConstraintCode.Parameter(paramConstant(param));
            checks.check(code, locals.get(i), param.type(), param.constraints(), slot, param.wireName(), scope.names);
        }
        method.addCode(code.addStatement("$N.throwIfAny()", violations).build());
    }

    private void bind(MethodSpec.Builder method, ParamModel param, String local, Scope scope) {
        TypeName type = param.type().typeName();
        switch (param.kind()) {
            case BODY -> method.addStatement("$T $N = $L", type, local, body(param.type(), scope.req));
            case PATH -> {
                String constant = paramConstant(param);
                CodeBlock raw = CodeBlock.of("$T.path($N, $N)", RuntimeTypes.PARAMS, scope.req, constant);
                method.addStatement("$T $N = $L", type, local, Scalars.fromText(scalar(param, param.type()), raw, constant));
            }
            case QUERY, HEADER -> bindText(method, param, local, scope);
            case PRINCIPAL -> {} // read by the guards, before the rule
        }
    }

    /** A query parameter or header: single, {@code Optional}, {@code List} or {@code Set}. */
    private void bindText(MethodSpec.Builder method, ParamModel param, String local, Scope scope) {
        String constant = paramConstant(param);
        String source = param.kind() == ParamKind.QUERY ? "query" : "header";
        CodeBlock first = CodeBlock.of("$T.$N($N, $N)", RuntimeTypes.PARAMS, source, scope.req, constant);
        TypeName type = param.type().typeName();
        Optional<String> defaultValue = param.defaultValue();

        switch (param.type()) {
            case ValueType.Scalar scalar when defaultValue.isPresent() -> {
                String raw = scope.names.newName(param.javaName() + "Raw");
                method.addStatement("$T $N = $L", String.class, raw, first);
                CodeBlock text = CodeBlock.of("$N == null ? $S : $N", raw, defaultValue.get(), raw);
                method.addStatement("$T $N = $L", type, local, Scalars.fromText(scalar, text, constant));
            }
            case ValueType.Scalar scalar -> {
                CodeBlock required = CodeBlock.of("$T.required($L, $N)", RuntimeTypes.PARAMS, first, constant);
                method.addStatement("$T $N = $L", type, local, Scalars.fromText(scalar, required, constant));
            }
            case ValueType.OptionalOf optional -> {
                ValueType.Scalar scalar = scalar(param, optional.element());
                String raw = scope.names.newName(param.javaName() + "Raw");
                method.addStatement("$T $N = $L", String.class, raw, first);
                if (defaultValue.isPresent()) {
                    CodeBlock text = CodeBlock.of("$N == null ? $S : $N", raw, defaultValue.get(), raw);
                    method.addStatement("$T $N = $T.of($L)", type, local, Optional.class,
                            Scalars.fromText(scalar, text, constant));
                } else {
                    method.addStatement("$T $N = $N == null ? $T.empty() : $T.of($L)", type, local, raw,
                            Optional.class, Optional.class, Scalars.fromText(scalar, CodeBlock.of("$N", raw), constant));
                }
            }
            case ValueType.ListOf list -> bindAll(method, param, local, scope, "toList", scalar(param, list.element()));
            case ValueType.SetOf set -> bindAll(method, param, local, scope, "toSet", scalar(param, set.element()));
            default -> throw unsupported(param);
        }
    }

    /** {@code List<T> tags = Params.toList(Params.queryAll(req, QUERY_TAG), QUERY_TAG, Params::toStringValue)}. */
    private void bindAll(MethodSpec.Builder method, ParamModel param, String local, Scope scope,
                         String collector, ValueType.Scalar element) {
        String constant = paramConstant(param);
        String source = param.kind() == ParamKind.QUERY ? "queryAll" : "headerAll";
        CodeBlock all = CodeBlock.of("$T.$N($N, $N)", RuntimeTypes.PARAMS, source, scope.req, constant);
        if (param.defaultValue().isPresent()) {
            String raws = scope.names.newName(param.javaName() + "Raw");
            method.addStatement("$T $N = $L",
                    ParameterizedTypeName.get(List.class, String.class), raws, all);
            all = CodeBlock.of("$N.isEmpty() ? $T.of($S) : $N", raws, List.class, param.defaultValue().get(), raws);
        }
        method.addStatement("$T $N = $T.$N($L, $N, $L)", param.type().typeName(), local, RuntimeTypes.PARAMS,
                collector, all, constant, Scalars.converter(element, constants));
    }

    private CodeBlock body(ValueType type, String req) {
        if (type instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
            return CodeBlock.of("$T.text($N)", RuntimeTypes.BODIES, req);
        }
        if (type instanceof ValueType.Bytes) {
            return CodeBlock.of("$T.bytes($N)", RuntimeTypes.BODIES, req);
        }
        return CodeBlock.of("$T.json($N, $L)", RuntimeTypes.BODIES, req, codecs.of(type));
    }

    private CodeBlock respond(ValueType result, int status, String res, String value) {
        if (result instanceof ValueType.Scalar scalar && scalar.kind() == ScalarKind.STRING) {
            return CodeBlock.of("$T.text($N, $L, $N)", RuntimeTypes.RESPONSES, res, status, value);
        }
        if (result instanceof ValueType.Bytes) {
            return CodeBlock.of("$T.bytes($N, $L, $N)", RuntimeTypes.RESPONSES, res, status, value);
        }
        if (result instanceof ValueType.OptionalOf optional) {
            return CodeBlock.of("$T.optionalJson($N, $L, $L, $N)", RuntimeTypes.RESPONSES, res, status,
                    codecs.of(optional.element()), value);
        }
        return CodeBlock.of("$T.json($N, $L, $L, $N)", RuntimeTypes.RESPONSES, res, status, codecs.of(result), value);
    }

    /** {@code PATH_ID = Param.path("id")}, one per source and wire name. */
    private String paramConstant(ParamModel param) {
        String factory = switch (param.kind()) {
            case PATH -> "path";
            case QUERY -> "query";
            case HEADER -> "header";
            case BODY, PRINCIPAL -> throw new IllegalArgumentException("a " + param.kind().label() + " has no Param");
        };
        return constants.get("param:" + param.kind() + ":" + param.wireName(),
                param.kind().name() + "_" + Identifiers.upperSnake(param.wireName()),
                RuntimeTypes.PARAM,
                CodeBlock.of("$T.$N($S)", RuntimeTypes.PARAM, factory, param.wireName()));
    }

    private static ValueType.Scalar scalar(ParamModel param, ValueType type) {
        if (type instanceof ValueType.Scalar scalar) {
            return scalar;
        }
        throw unsupported(param);
    }

    private static IllegalArgumentException unsupported(ParamModel param) {
        return new IllegalArgumentException(param.kind().label() + " '" + param.wireName()
                + "' cannot be bound from text as " + param.type().typeName()
                + " (the processor should have rejected it)");
    }

    /** The names every statement of one handler shares. */
    private record Scope(NameAllocator names, String req, String res) {}
}
