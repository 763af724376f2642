package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.Names;
import dev.kiln.codegen.model.ServiceModel;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code Kiln<App>Launcher}: the application's {@code KilnLauncher}, listed in
 * {@code META-INF/services/dev.kiln.runtime.boot.KilnLauncher} ({@link #SERVICES_FILE}), so that kiln-test starts
 * the application and builds clients of what it serves through plain calls: one {@code if} per served interface,
 * no reflection.
 *
 * <pre>{@code
 * JavaFile file = LauncherTemplate.render(app);   // com.example.KilnShopAppLauncher
 * // public <T> Optional<T> client(Class<T> api, URI base) {
 * //     if (api == OrderApi.class) return Optional.of(api.cast(OrderApiClient.create(base)));
 * //     return Optional.empty();
 * // }
 * }</pre>
 */
public final class LauncherTemplate {
    /** Where {@code ServiceLoader} finds launchers: one file per compilation that holds an application. */
    public static final String SERVICES_FILE = "META-INF/services/" + RuntimeTypes.KILN_LAUNCHER.canonicalName();

    private LauncherTemplate() {}

    /** The launcher of {@code app}. */
    public static JavaFile render(ApplicationModel app) {
        ClassName launcher = Names.launcher(app.app());
        ClassName entry = Names.application(app.app());
        TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
        TypeVariableName t = TypeVariableName.get("T");

        CodeBlock.Builder clients = CodeBlock.builder();
        for (ApplicationModel.ServedService served : app.served()) {
            ServiceModel service = served.service();
            clients.beginControlFlow("if (api == $T.class)", service.iface())
                    .addStatement("return $T.of(api.cast($T.create(base)))", Optional.class, service.clientName())
                    .endControlFlow();
        }
        CodeBlock servedList = CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(app.served().stream()
                .map(s -> CodeBlock.of("$T.class", s.service().iface())).toList(), ", "));

        TypeSpec.Builder type = GeneratedFiles.classBuilder(launcher)
                .addJavadoc("Starts {@link $T} for tools that hold only its class (kiln-test's {@code @KilnTest}),\n"
                        + "found through {@code $L}.\n", app.app(), SERVICES_FILE)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.KILN_LAUNCHER)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@code ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("application")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(anyClass)
                        .addStatement("return $T.class", app.app())
                        .build())
                .addMethod(MethodSpec.methodBuilder("served")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), anyClass))
                        .addStatement("return $L", servedList)
                        .build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.KILN_HANDLE)
                        .addParameter(RuntimeTypes.KILN_CONFIG, "config")
                        .addStatement("return $T.start(config)", entry)
                        .build())
                .addMethod(MethodSpec.methodBuilder("client")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(t)
                        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), t))
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "api")
                        .addParameter(URI.class, "base")
                        .addCode(clients.build())
                        .addStatement("return $T.empty()", Optional.class)
                        .build());
        return GeneratedFiles.file(launcher, type);
    }

    /** The launcher's line in the services file: its binary name. */
    public static String serviceEntry(ApplicationModel app) {
        return Names.launcher(app.app()).canonicalName();   // top level: its binary name
    }
}
