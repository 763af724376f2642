package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.MessagingWiring;
import dev.kiln.codegen.model.Names;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code Kiln<App>Module}: the Dagger module that binds each served interface to its implementation, adds
 * each health-check class to the graph's set of checks, and binds each called service to its typed client,
 * configured from {@code kiln.clients.<name>.*} or else discovered in the graph's registry.
 *
 * <pre>{@code
 * JavaFile file = ModuleTemplate.render(app);   // com.example.KilnShopAppModule
 * }</pre>
 */
public final class ModuleTemplate {
    private ModuleTemplate() {}

    /** The module of {@code app}. */
    public static JavaFile render(ApplicationModel app) {
        return render(app, Optional.empty());
    }

    /**
     * The module of {@code app}, which uses {@code messaging} when present: then it also provides the application's
     * descriptor (for {@code KilnMessagingModule}) and binds each injected messaging interface to its publisher.
     */
    public static JavaFile render(ApplicationModel app, Optional<MessagingWiring> messaging) {
        return render(app, messaging, Optional.empty());
    }

    /**
     * The module of {@code app}; with {@code data}, it also binds each injected repository to its implementation and
     * each transactional class to its generated subclass.
     */
    public static JavaFile render(ApplicationModel app, Optional<MessagingWiring> messaging, Optional<DataWiring> data) {
        ClassName module = Names.module(app.app());
        NameAllocator names = ApplicationNames.methodNames();
        TypeSpec.Builder type = GeneratedFiles.classBuilder(module)
                .addJavadoc("Binds what {@link $T} serves and calls.\n", app.app())
                .addAnnotation(RuntimeTypes.MODULE)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (ApplicationModel.ServedService served : app.served()) {
            type.addMethod(MethodSpec.methodBuilder(names.newName(Identifiers.lowerCamel(served.service().iface())))
                    .addAnnotation(RuntimeTypes.BINDS)
                    .addModifiers(Modifier.ABSTRACT)
                    .returns(served.service().iface())
                    .addParameter(served.implementation(), "implementation")
                    .build());
        }
        for (ClassName check : app.healthChecks()) {
            type.addMethod(MethodSpec.methodBuilder(names.newName(Identifiers.lowerCamel(check) + "HealthCheck"))
                    .addAnnotation(RuntimeTypes.BINDS)
                    .addAnnotation(RuntimeTypes.INTO_SET)
                    .addModifiers(Modifier.ABSTRACT)
                    .returns(RuntimeTypes.HEALTH_CHECK)
                    .addParameter(check, "implementation")
                    .build());
        }
        for (ApplicationModel.ClientBinding client : app.clients()) {
            type.addMethod(MethodSpec.methodBuilder(names.newName(Identifiers.lowerCamel(client.iface())))
                    .addAnnotation(RuntimeTypes.PROVIDES)
                    .addAnnotation(RuntimeTypes.SINGLETON)
                    .addModifiers(Modifier.STATIC)
                    .returns(client.iface())
                    .addParameter(RuntimeTypes.KILN_CONFIG, "config")
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                            RuntimeTypes.CLIENT_CREDENTIALS), "credentials")
                    .addParameter(RuntimeTypes.SERVICE_REGISTRY, "registry")
                    .addParameter(RuntimeTypes.TELEMETRY, "telemetry")
                    .addStatement("return $T.builder().config(config).credentialsFrom(credentials).registry(registry)"
                            + ".telemetry(telemetry).build()",
                            client.clientName())
                    .build());
        }
        // The runtime's ErrorTracker reads the application's packages from it; KilnMessagingModule its name.
        type.addMethod(MethodSpec.methodBuilder(names.newName("applicationDescriptor"))
                .addAnnotation(RuntimeTypes.PROVIDES)
                .addModifiers(Modifier.STATIC)
                .returns(RuntimeTypes.APPLICATION_DESCRIPTOR)
                .addStatement("return $T.DESCRIPTOR", Names.application(app.app()))
                .build());
        messaging.ifPresent(m -> {
            for (MessagingWiring.Publisher publisher : m.publishers()) {
                type.addMethod(MethodSpec.methodBuilder(names.newName(Identifiers.lowerCamel(publisher.model().iface())))
                        .addAnnotation(RuntimeTypes.BINDS)
                        .addModifiers(Modifier.ABSTRACT)
                        .returns(publisher.model().iface())
                        .addParameter(publisher.model().publisherName(), "publisher")
                        .build());
            }
        });
        data.ifPresent(d -> d.repositories().forEach(repository -> type.addMethod(
                MethodSpec.methodBuilder(names.newName(Identifiers.lowerCamel(repository.iface())))
                        .addAnnotation(RuntimeTypes.BINDS)
                        .addModifiers(Modifier.ABSTRACT)
                        .returns(repository.iface())
                        .addParameter(repository.implementationName(), "repository")
                        .build())));
        data.ifPresent(d -> d.intercepted().forEach(intercepted -> type.addMethod(
                MethodSpec.methodBuilder(names.newName(Identifiers.lowerCamel(intercepted.target())))
                        .addAnnotation(RuntimeTypes.BINDS)
                        .addModifiers(Modifier.ABSTRACT)
                        .returns(intercepted.target())
                        .addParameter(intercepted.subclass(), "intercepted")
                        .build())));
        return GeneratedFiles.file(module, type);
    }
}
