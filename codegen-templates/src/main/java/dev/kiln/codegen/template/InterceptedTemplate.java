package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.InterceptedModel;
import dev.kiln.codegen.model.Names;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Cache layers come first (a hit starts no transaction). Each cache the class uses is a {@code CacheSpec}
 * constant and a {@code KilnCache} field taken from {@code Caches} in the constructor; a composite key is a record
 * nested in the subclass. A {@code @Cached} override:
 *
 * <pre>{@code
 * String key = sku;
 * if (key == null) {
 *     return super.find(sku);          // a null key bypasses the cache
 * }
 * Optional<Product> cached = this.products.getIfPresent(key);
 * if (cached != null) {
 *     return cached;
 * }
 * CacheLoad<Optional<Product>> load = this.products.load(key);
 * if (load.loaded()) {
 *     return load.value();
 * }
 * try {
 *     Optional<Product> result = super.find(sku);
 *     load.complete(result);
 *     return result;
 * } catch (Throwable error) {
 *     load.fail(error);
 *     throw error;
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
        NameAllocator constants = new NameAllocator();
        Fields names = new Fields(model.transactional() ? fields.newName("transactions") : null, new LinkedHashMap<>(),
                new LinkedHashMap<>());
        Constants codecConstants = new Constants(constants);
        Codecs codecs = new Codecs(codecConstants);
        List<FieldSpec> specs = new ArrayList<>();
        for (InterceptedModel.Cache cache : model.caches()) {
            String constant = constants.newName(Identifiers.upperSnake(cache.name()));
            names.specs().put(cache.name(), constant);
            names.caches().put(cache.name(), fields.newName(field(cache.name())));
            specs.add(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.CACHE_SPEC, cache.keyType(),
                            cache.valueType()), constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(spec(cache, codecs))
                    .build());
        }
        // Codec constants first: the specs read them while the class initialises.
        codecConstants.fields().forEach(type::addField);
        specs.forEach(type::addField);
        if (names.transactions() != null) {
            type.addField(FieldSpec.builder(RuntimeTypes.TRANSACTIONS, names.transactions(), Modifier.PRIVATE,
                    Modifier.FINAL).build());
        }
        for (InterceptedModel.Cache cache : model.caches()) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.KILN_CACHE, cache.keyType(),
                    cache.valueType()), names.caches().get(cache.name()), Modifier.PRIVATE, Modifier.FINAL).build());
        }
        type.addMethod(constructor(model, names));
        for (InterceptedModel.Method method : model.methods()) {
            List<MethodSpec> layers = overrides(method, names, constants, type);
            layers.forEach(type::addMethod);
        }
        for (InterceptedModel.KeyRecord key : model.keys()) {
            TypeSpec.Builder record = TypeSpec.recordBuilder(key.name().simpleName())
                    .addJavadoc("A key of cache entries: compared component by component.\n")
                    .recordConstructor(MethodSpec.compactConstructorBuilder().addParameters(key.components()).build());
            if (model.isPublic()) {
                record.addModifiers(Modifier.PUBLIC);
            }
            type.addType(record.build());
        }
        return GeneratedFiles.file(model.subclass(), type);
    }

    /** The names of the subclass's fields: the transactions, and per cache its spec constant and its field. */
    private record Fields(String transactions, Map<String, String> specs, Map<String, String> caches) {}

    /** {@code new CacheSpec<>("products", Duration.ofMinutes(5), JsonCodecs.STRING, ProductJsonCodec.INSTANCE)}. */
    private static CodeBlock spec(InterceptedModel.Cache cache, Codecs codecs) {
        return CodeBlock.of("new $T<>($S, $L, $L, $L)", RuntimeTypes.CACHE_SPEC, cache.name(),
                cache.ttl().map(InterceptedTemplate::duration).orElse(CodeBlock.of("null")),
                cache.keyJson().map(codecs::of).orElse(CodeBlock.of("null")),
                cache.valueJson().map(codecs::of).orElse(CodeBlock.of("null")));
    }

    /** {@code Duration.ofMinutes(5)}: the largest unit that states the duration exactly. */
    static CodeBlock duration(Duration duration) {
        long millis = duration.toMillis();
        String[] units = {"Days", "Hours", "Minutes", "Seconds"};
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        for (int i = 0; i < units.length; i++) {
            if (millis % sizes[i] == 0) {
                return CodeBlock.of("$T.of$L($L)", Duration.class, units[i], millis / sizes[i]);
            }
        }
        return CodeBlock.of("$T.ofMillis($L)", Duration.class, millis);
    }

    private static MethodSpec constructor(InterceptedModel model, Fields fields) {
        NameAllocator names = new NameAllocator();
        model.constructor().forEach(p -> names.newName(p.name(), p));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addAnnotation(RuntimeTypes.INJECT)
                .addExceptions(model.throwsTypes());
        String caches = model.caching() ? names.newName("caches") : null;
        if (caches != null) {
            constructor.addParameter(RuntimeTypes.CACHES, caches);
        }
        String transactions = fields.transactions() == null ? null : names.newName("transactions");
        if (transactions != null) {
            constructor.addParameter(RuntimeTypes.TRANSACTIONS, transactions);
        }
        List<String> arguments = new ArrayList<>();
        for (ParameterSpec parameter : model.constructor()) {
            constructor.addParameter(parameter);
            arguments.add(parameter.name());
        }
        constructor.addStatement("super($L)", String.join(", ", arguments));
        if (transactions != null) {
            constructor.addStatement("this.$N = $N", fields.transactions(), transactions);
        }
        fields.caches().forEach((cache, field) ->
                constructor.addStatement("this.$N = $N.cache($N)", field, caches, fields.specs().get(cache)));
        return constructor.build();
    }

    /** The override and, for every interceptor but the first, the private method of the layer inside it. */
    private static List<MethodSpec> overrides(InterceptedModel.Method method, Fields fields, NameAllocator constants,
                                              TypeSpec.Builder type) {
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
            Layer context = new Layer(call, signature.returnType(), locals, fields);
            layer.addCode(around(interceptors.get(i), context, constants, signature.name(), type));
            layers.add(layer.build());
        }
        return layers;
    }

    /** What one layer's code is written with: the call inside it, the method's return type, its local names. */
    private record Layer(CodeBlock call, TypeName returns, NameAllocator locals, Fields fields) {
        boolean returnsVoid() {
            return returns.equals(TypeName.VOID);
        }

        /** {@code return <call>;} or {@code <call>; return;}: the method run without the layer. */
        CodeBlock bypass() {
            return returnsVoid() ? CodeBlock.builder().addStatement("$L", call).addStatement("return").build()
                    : CodeBlock.builder().addStatement("return $L", call).build();
        }

        String cache(String name) {
            return fields.caches().get(name);
        }
    }

    private static String layerName(String method, int depth) {
        return method + "$" + depth;
    }

    private static CodeBlock around(InterceptedModel.Interceptor interceptor, Layer layer, NameAllocator constants,
                                    String method, TypeSpec.Builder type) {
        return switch (interceptor) {
            case InterceptedModel.Transactional tx -> transactional(tx, layer, rules(tx, constants, method, type));
            case InterceptedModel.Cached cached -> cached(cached, layer);
            case InterceptedModel.CachePut put -> cachePut(put, layer);
            case InterceptedModel.CacheEvict evict -> cacheEvict(evict, layer);
        };
    }

    /** {@code Long key = id;} or {@code PricesKey key = new PricesKey(sku, currency);}, then the null-key bypass. */
    private static CodeBlock key(InterceptedModel.CacheKey key, String name, Layer layer) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (key.composite()) {
            code.addStatement("$T $N = new $T($L)", key.type(), name, key.type(), String.join(", ", key.parameters()));
        } else {
            code.addStatement("$T $N = $N", key.type(), name, key.parameters().getFirst());
        }
        if (key.nullable()) {
            code.beginControlFlow("if ($N == null)", name).add(layer.bypass()).endControlFlow();
        }
        return code.build();
    }

    private static CodeBlock cached(InterceptedModel.Cached cached, Layer layer) {
        String key = layer.locals().newName("key");
        String hit = layer.locals().newName("cached");
        String load = layer.locals().newName("load");
        String result = layer.locals().newName("result");
        String error = layer.locals().newName("error");
        String cache = layer.cache(cached.cache());
        TypeName value = layer.returns().box();
        return CodeBlock.builder()
                .add(key(cached.key(), key, layer))
                .addStatement("$T $N = this.$N.getIfPresent($N)", value, hit, cache, key)
                .beginControlFlow("if ($N != null)", hit)
                .addStatement("return $N", hit)
                .endControlFlow()
                .addStatement("$T $N = this.$N.load($N)", ParameterizedTypeName.get(RuntimeTypes.CACHE_LOAD, value),
                        load, cache, key)
                .beginControlFlow("if ($N.loaded())", load)
                .addStatement("return $N.value()", load)
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("$T $N = $L", layer.returns(), result, layer.call())
                .addStatement("$N.complete($N)", load, result)
                .addStatement("return $N", result)
                .nextControlFlow("catch ($T $N)", Throwable.class, error)
                .addStatement("$N.fail($N)", load, error)
                .addStatement("throw $N", error)
                .endControlFlow()
                .build();
    }

    private static CodeBlock cachePut(InterceptedModel.CachePut put, Layer layer) {
        String key = layer.locals().newName("key");
        String version = layer.locals().newName("version");
        String result = layer.locals().newName("result");
        CodeBlock value = switch (put.adapt()) {
            case SAME -> CodeBlock.of("$N", result);
            case WRAP_OPTIONAL -> CodeBlock.of("$T.ofNullable($N)", java.util.Optional.class, result);
            case UNWRAP_OPTIONAL -> CodeBlock.of("$N.orElse(null)", result);
        };
        return CodeBlock.builder()
                .add(key(put.key(), key, layer))
                .addStatement("long $N = this.$N.version($N)", version, layer.cache(put.cache()), key)
                .addStatement("$T $N = $L", layer.returns(), result, layer.call())
                .addStatement("this.$N.put($N, $L, $N)", layer.cache(put.cache()), key, value, version)
                .addStatement("return $N", result)
                .build();
    }

    private static CodeBlock cacheEvict(InterceptedModel.CacheEvict evict, Layer layer) {
        CodeBlock.Builder code = CodeBlock.builder();
        String key = evict.key().isPresent() ? layer.locals().newName("key") : null;
        evict.key().ifPresent(k -> code.add(key(k, key, layer)));
        String result = layer.returnsVoid() ? null : layer.locals().newName("result");
        if (result == null) {
            code.addStatement("$L", layer.call());
        } else {
            code.addStatement("$T $N = $L", layer.returns(), result, layer.call());
        }
        if (key == null) {
            code.addStatement("this.$N.evictAll()", layer.cache(evict.cache()));
        } else {
            code.addStatement("this.$N.evict($N)", layer.cache(evict.cache()), key);
        }
        if (result != null) {
            code.addStatement("return $N", result);
        }
        return code.build();
    }

    /** {@code "product-prices"} → {@code productPrices}: a field name for a cache. */
    private static String field(String cache) {
        String identifier = Names.cacheIdentifier(cache);
        return Character.toLowerCase(identifier.charAt(0)) + identifier.substring(1);
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

    private static CodeBlock transactional(InterceptedModel.Transactional tx, Layer layer, CodeBlock rules) {
        CodeBlock call = layer.call();
        TypeName returns = layer.returns();
        NameAllocator locals = layer.locals();
        String transactions = layer.fields().transactions();
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
