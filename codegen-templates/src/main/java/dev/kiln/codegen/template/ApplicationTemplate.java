package dev.kiln.codegen.template;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.MessagingWiring;
import dev.kiln.codegen.model.ComponentModel;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code Kiln<App>}: the entry point. {@code run(args)} loads the configuration and {@code start}s:
 * Dagger builds the graph, then {@code KilnBoot} starts the lifecycle components in order and serves
 * every router.
 *
 * <pre>{@code
 * JavaFile file = ApplicationTemplate.render(app);   // com.example.KilnShopApp
 * // used as: public static void main(String[] args) { KilnShopApp.run(args); }
 * }</pre>
 */
public final class ApplicationTemplate {
    private ApplicationTemplate() {}

    /** The entry point of {@code app}. */
    public static JavaFile render(ApplicationModel app) {
        return render(app, Optional.empty());
    }

    /**
     * The entry point of {@code app}; with {@code messaging}, {@code Messaging} is the first lifecycle component (so
     * it stops last and closes the transport), the dispatcher the last (it depends on every subscriber), and the
     * messaging endpoint is served with the routers.
     */
    public static JavaFile render(ApplicationModel app, Optional<MessagingWiring> messaging) {
        return render(app, messaging, Optional.empty());
    }

    /**
     * The entry point of {@code app}; with {@code data}, {@code Database} is the first lifecycle component, before
     * {@code Messaging}: it stops last, after every component that queries it has stopped.
     */
    public static JavaFile render(ApplicationModel app, Optional<MessagingWiring> messaging, Optional<DataWiring> data) {
        ClassName entry = Names.application(app.app());
        ClassName component = Names.component(app.app());
        ApplicationNames names = ApplicationNames.of(app);

        List<CodeBlock> lifecycle = new ArrayList<>();
        ApplicationNames.Runtime runtime = ApplicationNames.runtime(app);
        boolean database = data.filter(DataWiring::usesDatabase).isPresent();
        boolean caches = data.filter(DataWiring::usesCaches).isPresent();
        if (caches) {
            // First, so that it stops last: every cached method's class depends on it (it closes a Redis store).
            lifecycle.add(CodeBlock.of("$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT, "Caches",
                    runtime.caches()));
        }
        if (database) {
            lifecycle.add(CodeBlock.of("$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT, "Database",
                    runtime.database()));
        }
        if (messaging.isPresent()) {
            lifecycle.add(CodeBlock.of("$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT, "Messaging",
                    runtime.messaging()));
            if (database) {
                // After Database and Messaging, before everything that publishes: it sends what transactions committed.
                lifecycle.add(CodeBlock.of("$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT,
                        "OutboxRelay", runtime.outboxRelay()));
            }
        }
        if (names.rateLimiters() != null) {
            // Started first so that it stops last, after the server has drained: it closes the Redis connection.
            lifecycle.add(CodeBlock.of("$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT, "rateLimiters",
                    names.rateLimiters()));
        }
        for (int i = 0; i < app.components().size(); i++) {
            lifecycle.add(component(app.components().get(i), names.lifecycle().get(i)));
        }
        messaging.flatMap(MessagingWiring::dispatcher).ifPresent(d -> lifecycle.add(CodeBlock.of(
                "$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT, d.name().simpleName(),
                runtime.dispatcher())));
        List<CodeBlock> routers = new ArrayList<>();
        for (int i = 0; i < app.served().size(); i++) {
            routers.add(router(app.served().get(i).service(), names.served().get(i), names));
        }
        if (messaging.isPresent()) {
            routers.add(CodeBlock.of("component.$N()", runtime.messagingEndpoint()));
        }
        if (caches) {
            routers.add(CodeBlock.of("component.$N()", runtime.cachesEndpoint()));
        }

        TypeSpec.Builder type = GeneratedFiles.classBuilder(entry)
                .addJavadoc("Starts {@link $T}: {@code $T.run(args)}.\n", app.app(), entry)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(RuntimeTypes.APPLICATION_DESCRIPTOR, "DESCRIPTOR",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(descriptor(app))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("run")
                        .addJavadoc("Loads the configuration ({@code --key=value} arguments win) and starts.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(RuntimeTypes.KILN_HANDLE)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .varargs(true)
                        .addComment("Helidon's server classes initialise on another thread while the configuration and graph are built")
                        .addStatement("$T.preload()", RuntimeTypes.KILN_BOOT)
                        .addStatement("return start($T.load(args))", RuntimeTypes.KILN_CONFIG)
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addJavadoc("Builds the graph, starts the lifecycle components in order and serves every route.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(RuntimeTypes.KILN_HANDLE)
                        .addParameter(RuntimeTypes.KILN_CONFIG, "config")
                        .addStatement("$T component = $T.factory().create(config)",
                                component, Names.daggerComponent(app.app()))
                        .addCode(CodeBlock.builder()
                                .add("return $T.builder(config, DESCRIPTOR)\n$>$>", RuntimeTypes.KILN_BOOT)
                                .add(".registry(component.$N())\n", names.registry())
                                .add(".filters(component.$N())\n", names.filters())
                                .add(".exceptionMappers(component.$N())\n", names.exceptionMappers())
                                .add(".healthChecks(component.$N())\n", names.healthChecks())
                                .add(".errorTracker(component.$N())\n", names.errorTracker())
                                .add(".telemetry(component.$N())\n", names.telemetry())
                                .add(".components($L)\n", lines(lifecycle))
                                .add(".routers($L)\n", listOf(routers))
                                .add(".start();\n$<$<")
                                .build())
                        .build());
        return GeneratedFiles.file(entry, type);
    }

    /**
     * {@code LifecycleComponent.of("Indexer", component.indexer(), List.of("FeedPoller"))}, then
     * {@code .supervised(new Supervision(5, Duration.ofMillis(60000), Duration.ofMillis(200), Duration.ofMillis(10000)))}
     * when it is supervised.
     */
    private static CodeBlock component(ComponentModel component, String accessor) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (component.dependsOn().isEmpty()) {
            code.add("$T.of($S, component.$N())", RuntimeTypes.LIFECYCLE_COMPONENT, component.name(), accessor);
        } else {
            List<CodeBlock> names = component.dependsOn().stream().map(n -> CodeBlock.of("$S", n)).toList();
            code.add("$T.of($S, component.$N(), $L)", RuntimeTypes.LIFECYCLE_COMPONENT, component.name(), accessor,
                    listOf(names));
        }
        component.supervision().ifPresent(s -> code.add("\n$>$>.supervised(new $T($L, $T.ofMillis($L), $T.ofMillis($L),"
                        + " $T.ofMillis($L)))$<$<", RuntimeTypes.SUPERVISION, s.maxRestarts(),
                RuntimeTypes.DURATION, s.withinMillis() + "L", RuntimeTypes.DURATION, s.backoffMillis() + "L",
                RuntimeTypes.DURATION, s.maxBackoffMillis() + "L"));
        return code.build();
    }

    /** {@code List.of(\n a,\n b)}: one element per line, for lists that grow long. */
    private static CodeBlock lines(List<CodeBlock> elements) {
        if (elements.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        return CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(elements, ",\n"));
    }

    /** {@code new OrderApiRouter(component.orderApi(), component.rateLimiters(), component.auditFilter())}. */
    private static CodeBlock router(ServiceModel service, String accessor, ApplicationNames names) {
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("component.$N()", accessor));
        if (service.hasRateLimits()) {
            args.add(CodeBlock.of("component.$N()", names.rateLimiters()));
        }
        for (ClassName filter : service.filterClasses()) {
            args.add(CodeBlock.of("component.$N()", names.filterClasses().get(filter)));
        }
        if (service.validates()) {
            args.add(CodeBlock.of("component.$N()", names.validationClock()));
        }
        return CodeBlock.of("new $T($L)", service.routerName(), CodeBlock.join(args, ",$W"));
    }

    /**
     * {@code new ApplicationDescriptor("com.example.ShopApp", "shop", List.of(OrderApiRouter.DESCRIPTOR),
     * List.of("catalog"), List.of("com.example"))}.
     */
    private static CodeBlock descriptor(ApplicationModel app) {
        List<CodeBlock> services = new ArrayList<>();
        for (ApplicationModel.ServedService served : app.served()) {
            services.add(CodeBlock.of("$T.DESCRIPTOR", served.service().routerName()));
        }
        List<CodeBlock> clients = new ArrayList<>();
        for (ApplicationModel.ClientBinding client : app.clients()) {
            clients.add(CodeBlock.of("$S", client.serviceName()));
        }
        List<CodeBlock> packages = app.packages().stream().map(p -> CodeBlock.of("$S", p)).toList();
        return CodeBlock.of("new $T($S, $S,\n$>$>$L,\n$L,\n$L)$<$<", RuntimeTypes.APPLICATION_DESCRIPTOR,
                app.app().canonicalName(), app.name(), listOf(services), listOf(clients), listOf(packages));
    }

    private static CodeBlock listOf(List<CodeBlock> elements) {
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", "));
    }
}
