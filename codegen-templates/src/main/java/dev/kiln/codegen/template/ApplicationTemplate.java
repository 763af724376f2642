package dev.kiln.codegen.template;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
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
        ClassName entry = Names.application(app.app());
        ClassName component = Names.component(app.app());
        ApplicationNames names = ApplicationNames.of(app);

        List<CodeBlock> lifecycle = new ArrayList<>();
        if (names.rateLimiters() != null) {
            // Started first so that it stops last, after the server has drained: it closes the Redis connection.
            lifecycle.add(CodeBlock.of("component.$N()", names.rateLimiters()));
        }
        for (String accessor : names.lifecycle()) {
            lifecycle.add(CodeBlock.of("component.$N()", accessor));
        }
        List<CodeBlock> routers = new ArrayList<>();
        for (int i = 0; i < app.served().size(); i++) {
            routers.add(router(app.served().get(i).service(), names.served().get(i), names));
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
                                .add(".lifecycle($L)\n", listOf(lifecycle))
                                .add(".routers($L)\n", listOf(routers))
                                .add(".start();\n$<$<")
                                .build())
                        .build());
        return GeneratedFiles.file(entry, type);
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

    /** {@code new ApplicationDescriptor("com.example.ShopApp", List.of(OrderApiRouter.DESCRIPTOR), List.of("catalog"))}. */
    private static CodeBlock descriptor(ApplicationModel app) {
        List<CodeBlock> services = new ArrayList<>();
        for (ApplicationModel.ServedService served : app.served()) {
            services.add(CodeBlock.of("$T.DESCRIPTOR", served.service().routerName()));
        }
        List<CodeBlock> clients = new ArrayList<>();
        for (ApplicationModel.ClientBinding client : app.clients()) {
            clients.add(CodeBlock.of("$S", client.serviceName()));
        }
        return CodeBlock.of("new $T($S,\n$>$>$L,\n$L)$<$<", RuntimeTypes.APPLICATION_DESCRIPTOR,
                app.app().canonicalName(), listOf(services), listOf(clients));
    }

    private static CodeBlock listOf(List<CodeBlock> elements) {
        return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", "));
    }
}
