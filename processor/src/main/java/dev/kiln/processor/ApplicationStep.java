package dev.kiln.processor;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.ComponentModel;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.DispatcherModel;
import dev.kiln.codegen.model.MessagingWiring;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.template.ApplicationTemplate;
import dev.kiln.codegen.template.ComponentTemplate;
import dev.kiln.codegen.template.DispatcherTemplate;
import dev.kiln.codegen.template.LauncherTemplate;
import dev.kiln.codegen.template.ModuleTemplate;
import dev.kiln.codegen.template.RegistryResourceTemplate;
import dev.kiln.codegen.template.SecurityReportTemplate;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationInput;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.KnownService;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.SupervisionInput;
import dev.kiln.processor.validate.ApplicationValidator;
import dev.kiln.processor.validate.SubscriptionValidator;
import dev.kiln.processor.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The {@code @KilnApplication} of the compilation: collected when it appears, then read → validated →
 * rendered (module, component, entry point, launcher and its services file, registry resource, security report,
 * and the router of every served interface that comes from a jar) → written once the processor says the services are complete.
 */
final class ApplicationStep {
    /** kiln-runtime-telemetry's Dagger module, added to every application's component when it is on the class path. */
    static final ClassName TELEMETRY_MODULE = ClassName.get("dev.kiln.runtime.telemetry.sdk", "KilnTelemetryModule");

    private final ProcessingEnvironment env;
    private final Elements elements;
    private final Output output;
    private final ServiceStep services;
    private final MessagingStep messaging;
    private final RepositoryStep repositories;
    private final InterceptionStep interception;
    private String application;  // the first valid @KilnApplication met, by qualified name
    private boolean pending;

    ApplicationStep(ProcessingEnvironment env, Output output, ServiceStep services, MessagingStep messaging,
                    RepositoryStep repositories, InterceptionStep interception) {
        this.env = env;
        this.elements = env.getElementUtils();
        this.output = output;
        this.services = services;
        this.messaging = messaging;
        this.repositories = repositories;
        this.interception = interception;
    }

    void collect(List<Element> annotated) {
        for (Element element : annotated) {
            AnnotationMirror mirror = Annotations.find(element, Annotations.KILN_APPLICATION).orElseThrow();
            ValidationReport report = new ValidationReport();
            ApplicationValidator.checkTarget(element, mirror, report);
            if (report.isClean() && application != null) {
                ApplicationValidator.checkSingle(elements.getTypeElement(application), (TypeElement) element, mirror,
                        report);
            }
            if (output.print(report)) {
                application = ((TypeElement) element).getQualifiedName().toString();
                pending = true;
            }
        }
    }

    /** Reads, validates and writes the pending application, if any. */
    void write(Collection<String> compilationTypes) {
        if (!pending) {
            return;
        }
        pending = false;
        TypeElement app = elements.getTypeElement(application);
        AnnotationMirror mirror = Annotations.find(app, Annotations.KILN_APPLICATION).orElseThrow();
        ApplicationInput input = new ApplicationReader(elements, env.getTypeUtils())
                .read(app, mirror, compilationTypes);
        Map<String, KnownService> known = new LinkedHashMap<>();
        input.implementations().forEach(i -> know(i.iface(), known));
        input.clientUses().forEach(c -> know(c.iface(), known));
        ValidationReport report = new ApplicationValidator(elements, new Sources(elements)).validate(input, known);
        if (!output.print(report)) {
            return;
        }
        ValidationReport subscriptions = new ValidationReport();
        Optional<DispatcherModel> dispatcher = new SubscriptionValidator(elements, messaging.localModels())
                .validate(app, mirror, input.subscribers(), compilationTypes, subscriptions);
        List<MessagingWiring.Publisher> publishers = new ArrayList<>();
        for (TypeElement iface : input.messagingUses()) {
            messaging.publisherFor(iface, app, subscriptions).ifPresent(m -> publishers.add(new MessagingWiring.Publisher(m)));
        }
        boolean usesMessaging = dispatcher.isPresent() || !input.messagingUses().isEmpty();
        if (usesMessaging && subscriptions.isClean() && !messaging.messagingRuntimePresent()) {
            subscriptions.error(app, mirror, "[KilnMessagingRuntimeMissing] " + app.getSimpleName() + " publishes"
                    + " through " + input.messagingUses().getFirst().getSimpleName() + ", which needs"
                    + " dev.kiln:kiln-runtime-messaging, which is not on the classpath: add it to the application's"
                    + " dependencies.");
        }
        if (!output.print(subscriptions)) {
            return;
        }
        Optional<DataWiring> data = data(app, mirror, input);
        if (data == null) {
            return;
        }
        Optional<MessagingWiring> wiring = usesMessaging
                ? Optional.of(new MessagingWiring(publishers, dispatcher)) : Optional.empty();
        ApplicationModel model = model(input, known);
        List<Element> originating = new ArrayList<>();
        originating.add(app);
        input.implementations().forEach(i -> originating.add(i.implementation()));
        // An interface from a jar is served here: its router, with its guards, is this compilation's to write.
        for (ApplicationInput.Implementation i : input.servedImplementations()) {
            KnownService service = known.get(i.iface().getQualifiedName().toString());
            if (!service.fromSource()) {
                services.writeRouter(i.iface(), service.model().orElseThrow(), List.of(i.implementation(), app));
            }
        }
        input.subscribers().forEach(originating::add);
        dispatcher.ifPresent(d -> output.writer().write(DispatcherTemplate.render(d), originating));
        // An interface from a jar (an API module stays light: it has no publisher) gets its publisher here.
        for (int i = 0; i < publishers.size(); i++) {
            messaging.writePublisher(input.messagingUses().get(i), publishers.get(i).model());
        }
        output.writer().write(ModuleTemplate.render(model, wiring, data), originating);
        output.writer().write(ComponentTemplate.render(model, wiring, data), originating);
        output.writer().write(ApplicationTemplate.render(model, wiring, data), originating);
        // One application per compilation: its line in the services file (kiln-test reads every jar's).
        output.writer().write(LauncherTemplate.render(model), originating);
        output.writer().writeServiceEntry(LauncherTemplate.SERVICES_FILE, LauncherTemplate.serviceEntry(model),
                originating);
        output.writer().writeResource("META-INF/kiln/apps/" + elements.getBinaryName(app) + ".json",
                RegistryResourceTemplate.render(model, wiring, data), originating);
        output.writer().writeResource("META-INF/kiln/security/" + elements.getBinaryName(app) + ".json",
                SecurityReportTemplate.render(model), originating);
    }

    /**
     * The application's repositories, each bound to its implementation: empty when it injects none; null when one
     * cannot be bound or kiln-runtime-data is missing (reported).
     */
    private Optional<DataWiring> data(TypeElement app, AnnotationMirror mirror, ApplicationInput input) {
        List<DataWiring.Intercepted> intercepted = intercepted(app);
        if (input.repositoryUses().isEmpty() && intercepted.isEmpty()) {
            return Optional.empty();
        }
        ValidationReport report = new ValidationReport();
        List<DataWiring.Repository> bound = new ArrayList<>();
        for (TypeElement iface : input.repositoryUses()) {
            repositories.repositoryFor(iface, report).ifPresent(bound::add);
        }
        if (report.isClean() && !input.repositoryUses().isEmpty() && !repositories.databasePresent()) {
            report.error(app, mirror, "[KilnDataRuntimeMissing] " + app.getSimpleName() + " injects "
                    + input.repositoryUses().getFirst().getSimpleName() + ", a @Repository, which needs"
                    + " dev.kiln:kiln-runtime-data, which is not on the classpath: add it to the application's"
                    + " dependencies.");
        }
        return output.print(report) ? Optional.of(new DataWiring(bound, intercepted)) : null;
    }

    /**
     * The compilation's classes with generated subclasses that this application's module can name: public ones, and
     * package-private ones of its own package. (Another package's package-private class cannot be in its graph.)
     */
    private List<DataWiring.Intercepted> intercepted(TypeElement app) {
        String appPackage = elements.getPackageOf(app).getQualifiedName().toString();
        List<DataWiring.Intercepted> bound = new ArrayList<>();
        interception.intercepted().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            TypeElement type = elements.getTypeElement(entry.getKey());
            if (type.getModifiers().contains(Modifier.PUBLIC)
                    || elements.getPackageOf(type).getQualifiedName().contentEquals(appPackage)) {
                bound.add(new DataWiring.Intercepted(ClassName.get(type), entry.getValue().transactional(),
                        entry.getValue().caches()));
            }
        });
        return bound;
    }

    /** Gives up the pending application: errors were reported, so nothing more is generated. */
    void abandon() {
        pending = false;
    }

    /** The last round: an application still pending here could not be written in time for Dagger. */
    void finish(boolean errorRaised) {
        if (pending && !errorRaised) {
            env.getMessager().printMessage(Diagnostic.Kind.ERROR, "[KilnApplicationNotGenerated] Kiln could not"
                    + " write " + application + "'s entry point before the last round: please report this with the"
                    + " list of annotation processors of the build.", elements.getTypeElement(application));
        }
        pending = false;
    }

    private void know(TypeElement iface, Map<String, KnownService> known) {
        known.computeIfAbsent(iface.getQualifiedName().toString(), n -> services.known(iface));
    }

    private ApplicationModel model(ApplicationInput input, Map<String, KnownService> known) {
        List<ApplicationModel.ServedService> served = new ArrayList<>();
        for (ApplicationInput.Implementation i : input.servedImplementations()) {
            served.add(new ApplicationModel.ServedService(
                    known.get(i.iface().getQualifiedName().toString()).model().orElseThrow(),
                    ClassName.get(i.implementation())));
        }
        served.sort(Comparator.comparing(s -> s.service().name()));
        List<ApplicationModel.ClientBinding> clients = new ArrayList<>();
        for (ApplicationInput.ClientUse use : input.clientUses()) {
            ServiceModel called = known.get(use.iface().getQualifiedName().toString()).model().orElseThrow();
            clients.add(new ApplicationModel.ClientBinding(ClassName.get(use.iface()), called.name(), called.routes()));
        }
        clients.sort(Comparator.comparing(ApplicationModel.ClientBinding::serviceName));
        List<ClassName> modules = new ArrayList<>(input.modules().stream()
                .map(m -> ClassName.get((TypeElement) ((DeclaredType) m.type()).asElement()))
                .toList());
        // kiln-runtime-telemetry on the class path: its module binds the OpenTelemetry SDK into the graph.
        if (elements.getTypeElement(TELEMETRY_MODULE.canonicalName()) != null) {
            modules.add(TELEMETRY_MODULE);
        }
        return new ApplicationModel(ClassName.get(input.element()), input.name(), List.copyOf(served),
                List.copyOf(clients), components(input.lifecycle()),
                input.healthChecks().stream().map(ClassName::get).toList(), modules, input.requireSecurityRules());
    }

    /**
     * The lifecycle classes as the boot names them: by simple name, or by qualified name where two share one;
     * each with the names of the components it needs and, when {@code @Supervised} (validated already), how it
     * is restarted.
     */
    private static List<ComponentModel> components(List<ApplicationInput.Component> lifecycle) {
        Map<String, Long> simpleNames = lifecycle.stream().collect(Collectors.groupingBy(
                c -> c.type().getSimpleName().toString(), Collectors.counting()));
        Function<TypeElement, String> name = type -> simpleNames.get(type.getSimpleName().toString()) > 1
                ? type.getQualifiedName().toString()
                : type.getSimpleName().toString();
        List<ComponentModel> components = new ArrayList<>();
        for (ApplicationInput.Component component : lifecycle) {
            components.add(new ComponentModel(ClassName.get(component.type()), name.apply(component.type()),
                    component.dependsOn().stream().map(name).toList(),
                    Annotations.find(component.type(), Annotations.SUPERVISED)
                            .map(m -> SupervisionInput.read(m).toModel())));
        }
        return components;
    }
}
