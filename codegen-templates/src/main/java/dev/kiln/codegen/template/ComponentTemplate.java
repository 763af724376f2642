package dev.kiln.codegen.template;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.MessagingWiring;
import dev.kiln.codegen.model.Names;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code Kiln<App>Component}: the application's Dagger component over the generated module, the
 * runtime's module (with {@code KilnSecurityModule} when a served route reads the principal and
 * {@code KilnRateLimitModule} when one is rate limited) and the user's modules, with an accessor per
 * served interface, per lifecycle class, for the graph's registry, filters, exception mappers, health
 * checks, error tracker and telemetry, for the rate limiters and per {@code @Filters} class, and a
 * factory that takes the {@code KilnConfig}.
 *
 * <pre>{@code
 * JavaFile file = ComponentTemplate.render(app);   // com.example.KilnShopAppComponent
 * }</pre>
 */
public final class ComponentTemplate {
    private ComponentTemplate() {}

    /** The component of {@code app}. */
    public static JavaFile render(ApplicationModel app) {
        return render(app, Optional.empty());
    }

    /**
     * The component of {@code app}; with {@code messaging}, {@code KilnMessagingModule} and accessors for
     * {@code Messaging}, the dispatcher (when it subscribes) and the messaging endpoint.
     */
    public static JavaFile render(ApplicationModel app, Optional<MessagingWiring> messaging) {
        return render(app, messaging, Optional.empty());
    }

    /**
     * The component of {@code app}; with {@code data}, {@code KilnDataModule} and an accessor for {@code Database}; with
     * data and messaging, {@code KilnOutboxModule} and an accessor for its {@code OutboxRelay}; with caches,
     * {@code KilnCacheModule} and accessors for {@code Caches} and its endpoint.
     */
    public static JavaFile render(ApplicationModel app, Optional<MessagingWiring> messaging, Optional<DataWiring> data) {
        ClassName component = Names.component(app.app());
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(RuntimeTypes.COMPONENT)
                .addMember("modules", "$T.class", Names.module(app.app()))
                .addMember("modules", "$T.class", RuntimeTypes.KILN_RUNTIME_MODULE);
        if (app.usesSecurity()) {
            annotation.addMember("modules", "$T.class", RuntimeTypes.KILN_SECURITY_MODULE);
        }
        if (app.usesRateLimits()) {
            annotation.addMember("modules", "$T.class", RuntimeTypes.KILN_RATE_LIMIT_MODULE);
        }
        if (messaging.isPresent()) {
            annotation.addMember("modules", "$T.class", RuntimeTypes.KILN_MESSAGING_MODULE);
        }
        boolean database = data.filter(DataWiring::usesDatabase).isPresent();
        boolean caches = data.filter(DataWiring::usesCaches).isPresent();
        if (database) {
            annotation.addMember("modules", "$T.class", RuntimeTypes.KILN_DATA_MODULE);
            if (messaging.isPresent()) {
                annotation.addMember("modules", "$T.class", RuntimeTypes.KILN_OUTBOX_MODULE);
            }
        }
        if (caches) {
            annotation.addMember("modules", "$T.class", RuntimeTypes.KILN_CACHE_MODULE);
        }
        for (ClassName module : app.userModules()) {
            annotation.addMember("modules", "$T.class", module);
        }
        TypeSpec.Builder type = GeneratedFiles.interfaceBuilder(component)
                .addJavadoc("The object graph of {@link $T}.\n", app.app())
                .addAnnotation(RuntimeTypes.SINGLETON)
                .addAnnotation(annotation.build())
                .addModifiers(Modifier.PUBLIC);

        ApplicationNames names = ApplicationNames.of(app);
        for (int i = 0; i < app.served().size(); i++) {
            type.addMethod(accessor(names.served().get(i), app.served().get(i).service().iface()));
        }
        for (int i = 0; i < app.lifecycle().size(); i++) {
            type.addMethod(accessor(names.lifecycle().get(i), app.lifecycle().get(i)));
        }
        type.addMethod(accessor(names.registry(), RuntimeTypes.SERVICE_REGISTRY));
        type.addMethod(accessor(names.filters(), RuntimeTypes.setOf(RuntimeTypes.KILN_FILTER)));
        type.addMethod(accessor(names.exceptionMappers(), RuntimeTypes.setOf(
                ParameterizedTypeName.get(RuntimeTypes.EXCEPTION_MAPPER, WildcardTypeName.subtypeOf(Object.class)))));
        type.addMethod(accessor(names.healthChecks(), RuntimeTypes.setOf(RuntimeTypes.HEALTH_CHECK)));
        type.addMethod(accessor(names.errorTracker(), RuntimeTypes.ERROR_TRACKER));
        type.addMethod(accessor(names.telemetry(), RuntimeTypes.TELEMETRY));
        if (names.rateLimiters() != null) {
            type.addMethod(accessor(names.rateLimiters(), RuntimeTypes.RATE_LIMITERS));
        }
        names.filterClasses().forEach((filter, accessor) -> type.addMethod(accessor(accessor, filter)));
        if (names.validationClock() != null) {
            type.addMethod(MethodSpec.methodBuilder(names.validationClock())
                    .addAnnotation(RuntimeTypes.VALIDATION_CLOCK)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.CLOCK))
                    .build());
        }
        ApplicationNames.Runtime runtime = ApplicationNames.runtime(app);
        messaging.ifPresent(m -> {
            type.addMethod(accessor(runtime.messaging(), RuntimeTypes.MESSAGING_ENTRY));
            m.dispatcher().ifPresent(d -> type.addMethod(accessor(runtime.dispatcher(), d.name())));
            type.addMethod(accessor(runtime.messagingEndpoint(), RuntimeTypes.MESSAGING_ENDPOINT));
        });
        if (database) {
            type.addMethod(accessor(runtime.database(), RuntimeTypes.DATABASE));
            if (messaging.isPresent()) {
                type.addMethod(accessor(runtime.outboxRelay(), RuntimeTypes.OUTBOX_RELAY));
            }
        }
        if (caches) {
            type.addMethod(accessor(runtime.caches(), RuntimeTypes.CACHES));
            type.addMethod(accessor(runtime.cachesEndpoint(), RuntimeTypes.CACHES_ENDPOINT));
        }
        type.addType(TypeSpec.interfaceBuilder("Factory")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(RuntimeTypes.COMPONENT_FACTORY)
                .addMethod(MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(component)
                        .addParameter(ParameterSpec.builder(RuntimeTypes.KILN_CONFIG, "config")
                                .addAnnotation(RuntimeTypes.BINDS_INSTANCE)
                                .build())
                        .build())
                .build());
        return GeneratedFiles.file(component, type);
    }

    private static MethodSpec accessor(String name, TypeName type) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(type)
                .build();
    }
}
