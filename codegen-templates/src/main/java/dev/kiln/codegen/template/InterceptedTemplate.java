package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.InterceptedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * {@code <Class>Intercepted}: the subclass that runs a class's intercepted methods inside their interceptors.
 * Each override calls its first interceptor around the next one, the last around {@code super}; with more than one
 * interceptor, each inner layer is a private method of its own, so every layer reads as one plain block:
 *
 * <pre>{@code
 * @Override
 * public Order create(NewOrder order) {
 *     Transaction transaction = this.transactions.begin(Transactional.TxType.REQUIRED);
 *     try {
 *         Order result = super.create(order);
 *         transaction.commit();
 *         return result;
 *     } catch (Throwable error) {
 *         transaction.fail(error, RollbackRules.DEFAULT);
 *         throw error;      // rethrown as precisely as the method declares
 *     } finally {
 *         transaction.close();
 *     }
 * }
 * }</pre>
 */
public final class InterceptedTemplate {
    private InterceptedTemplate() {}

    public static JavaFile render(InterceptedModel model) {
        TypeSpec.Builder type = GeneratedFiles.classBuilder(model.subclass())
                .addJavadoc("Runs the intercepted methods of {@link $T}; bound in the graph in its place.\n",
                        model.target())
                .superclass(model.target())
                .addAnnotations(model.annotations());
        if (model.isPublic()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        type.addModifiers(Modifier.FINAL);
        NameAllocator fields = new NameAllocator();
        String transactions = model.transactional() ? fields.newName("transactions") : null;
        if (transactions != null) {
            type.addField(FieldSpec.builder(RuntimeTypes.TRANSACTIONS, transactions, Modifier.PRIVATE, Modifier.FINAL)
                    .build());
        }
        type.addMethod(constructor(model, transactions));
        NameAllocator constants = new NameAllocator();
        for (InterceptedModel.Method method : model.methods()) {
            List<MethodSpec> layers = overrides(method, transactions, constants, type);
            layers.forEach(type::addMethod);
        }
        return GeneratedFiles.file(model.subclass(), type);
    }

    private static MethodSpec constructor(InterceptedModel model, String transactions) {
        NameAllocator names = new NameAllocator();
        model.constructor().forEach(p -> names.newName(p.name(), p));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addAnnotation(RuntimeTypes.INJECT)
                .addExceptions(model.throwsTypes());
        String transactionsParameter = null;
        if (transactions != null) {
            transactionsParameter = names.newName("transactions");
            constructor.addParameter(RuntimeTypes.TRANSACTIONS, transactionsParameter);
        }
        List<String> arguments = new ArrayList<>();
        for (ParameterSpec parameter : model.constructor()) {
            constructor.addParameter(parameter);
            arguments.add(parameter.name());
        }
        constructor.addStatement("super($L)", String.join(", ", arguments));
        if (transactions != null) {
            constructor.addStatement("this.$N = $N", transactions, transactionsParameter);
        }
        return constructor.build();
    }

    /** The override and, for every interceptor but the first, the private method of the layer inside it. */
    private static List<MethodSpec> overrides(InterceptedModel.Method method, String transactions,
                                              NameAllocator constants, TypeSpec.Builder type) {
        MethodSpec signature = method.signature();
        List<String> arguments = signature.parameters().stream().map(ParameterSpec::name).toList();
        List<MethodSpec> layers = new ArrayList<>();
        List<InterceptedModel.Interceptor> interceptors = method.interceptors();
        for (int i = 0; i < interceptors.size(); i++) {
            String inner = i + 1 < interceptors.size() ? layerName(signature.name(), i + 1) : null;
            CodeBlock call = inner == null
                    ? CodeBlock.of("super.$N($L)", signature.name(), String.join(", ", arguments))
                    : CodeBlock.of("$N($L)", inner, String.join(", ", arguments));
            MethodSpec.Builder layer = i == 0
                    ? signature.toBuilder()
                    : MethodSpec.methodBuilder(layerName(signature.name(), i))
                            .addModifiers(Modifier.PRIVATE)
                            .addTypeVariables(signature.typeVariables())
                            .returns(signature.returnType())
                            .addParameters(signature.parameters())
                            .addExceptions(signature.exceptions())
                            .varargs(signature.varargs());
            NameAllocator locals = new NameAllocator();
            arguments.forEach(locals::newName);
            layer.addCode(around(interceptors.get(i), call, signature.returnType(), locals, transactions,
                    constants, signature.name(), type));
            layers.add(layer.build());
        }
        return layers;
    }

    private static String layerName(String method, int depth) {
        return method + "$" + depth;
    }

    private static CodeBlock around(InterceptedModel.Interceptor interceptor, CodeBlock call, TypeName returns,
                                    NameAllocator locals, String transactions, NameAllocator constants,
                                    String method, TypeSpec.Builder type) {
        return switch (interceptor) {
            case InterceptedModel.Transactional tx -> transactional(tx, call, returns, locals, transactions,
                    rules(tx, constants, method, type));
        };
    }

    /** {@code RollbackRules.DEFAULT}, or a constant of the class holding the method's own rules. */
    private static CodeBlock rules(InterceptedModel.Transactional tx, NameAllocator constants, String method,
                                   TypeSpec.Builder type) {
        if (tx.defaultRules()) {
            return CodeBlock.of("$T.DEFAULT", RuntimeTypes.ROLLBACK_RULES);
        }
        String name = constants.newName(snake(method) + "_ROLLBACK");
        type.addField(FieldSpec.builder(RuntimeTypes.ROLLBACK_RULES, name, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("new $T($L, $L)", RuntimeTypes.ROLLBACK_RULES, classList(tx.rollbackOn()),
                        classList(tx.dontRollbackOn()))
                .build());
        return CodeBlock.of("$N", name);
    }

    private static CodeBlock classList(List<TypeName> types) {
        return CodeBlock.of("$T.of($L)", List.class,
                CodeBlock.join(types.stream().map(t -> CodeBlock.of("$T.class", t)).toList(), ", "));
    }

    private static CodeBlock transactional(InterceptedModel.Transactional tx, CodeBlock call, TypeName returns,
                                           NameAllocator locals, String transactions, CodeBlock rules) {
        String transaction = locals.newName("transaction");
        String result = locals.newName("result");
        String error = locals.newName("error");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = this.$N.begin($T.$L)", RuntimeTypes.TRANSACTION, transaction, transactions,
                        RuntimeTypes.TX_TYPE, tx.type())
                .beginControlFlow("try");
        if (returns.equals(TypeName.VOID)) {
            code.addStatement("$L", call).addStatement("$N.commit()", transaction);
        } else {
            code.addStatement("$T $N = $L", returns, result, call)
                    .addStatement("$N.commit()", transaction)
                    .addStatement("return $N", result);
        }
        return code.nextControlFlow("catch ($T $N)", Throwable.class, error)
                .addStatement("$N.fail($N, $L)", transaction, error, rules)
                .addStatement("throw $N", error)
                .nextControlFlow("finally")
                .addStatement("$N.close()", transaction)
                .endControlFlow()
                .build();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
