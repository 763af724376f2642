package dev.kiln.processor;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.EnumModel;
import dev.kiln.codegen.model.ParamKind;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.codegen.template.ClientTemplate;
import dev.kiln.codegen.template.EnumCodecTemplate;
import dev.kiln.codegen.template.RecordCodecTemplate;
import dev.kiln.codegen.template.RouterTemplate;
import dev.kiln.codegen.template.SecurityReportTemplate;
import dev.kiln.codegen.template.ValidatorTemplate;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.KnownService;
import dev.kiln.processor.read.RouteReader;
import dev.kiln.processor.read.ServiceInput;
import dev.kiln.processor.read.ServiceReader;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeReader;
import dev.kiln.processor.validate.ConstraintErrors;
import dev.kiln.processor.validate.PolicyValidator;
import dev.kiln.processor.validate.ServiceValidator;
import dev.kiln.processor.validate.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Per service interface of this compilation: read → validate → render the client side (client, codecs, validators)
 * → write. The server side (router and security report) is written only where the interface is served: once a
 * class of this compilation implements it ({@link #serve}), or by the application for an interface from a jar
 * ({@link #writeRouter}). So an API module compiles with kiln-runtime-core alone, whatever rules it declares.
 * Remembers every service of the compilation, valid or not, for the application step.
 */
final class ServiceStep {
    private final ProcessingEnvironment env;
    private final Elements elements;
    private final Output output;
    private final Sources sources;
    private final PolicyValidator policies;
    private final ServiceValidator validator;
    // By qualified name: the model of each service compiled here, or empty when it had errors. Elements
    // are not kept: javac does not promise that an element stays valid in later rounds.
    private final Map<String, Optional<ServiceModel>> local = new HashMap<>();
    // Interfaces a class of this compilation implements, by qualified name (sorted, so output is deterministic),
    // each with the first such class met; and those whose router was written (or refused) here.
    private final Map<String, String> served = new TreeMap<>();
    private final Set<String> routed = new HashSet<>();

    ServiceStep(ProcessingEnvironment env, Output output) {
        this.env = env;
        this.elements = env.getElementUtils();
        this.output = output;
        this.sources = new Sources(elements);
        this.policies = new PolicyValidator(elements, env.getTypeUtils());
        this.validator = new ServiceValidator(policies);
    }

    void process(List<Element> annotated) {
        // One TypeReader per round: it caches records read, and records compiled this round are final now.
        TypeReader types = new TypeReader(sources);
        ServiceReader reader = reader(types);
        for (Element element : annotated) {
            ValidationReport target = new ValidationReport();
            for (String annotation : List.of(Annotations.SERVICE, Annotations.PATH)) {
                Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
                if (mirror.isPresent()) {
                    ServiceValidator.checkTarget(element, mirror.get(), target);
                    break; // one message for a class with both: the fix is the same
                }
            }
            if (!output.print(target)) {
                continue;
            }
            TypeElement iface = (TypeElement) element;
            String name = iface.getQualifiedName().toString();
            if (local.containsKey(name)) {
                continue;
            }
            ServiceInput input = reader.read(iface);
            ValidationReport report = validator.validate(input, true);
            ConstraintErrors.check(input, types, report);
            if (!output.print(report)) {
                local.put(name, Optional.empty());
                continue;
            }
            ServiceModel model = input.toModel();
            local.put(name, Optional.of(model));
            write(iface, model, types);
        }
    }

    /**
     * Notes the classes first met this round ({@code types}: root types and their nested types) that implement a
     * service interface, then writes the router of every interface of this compilation that is now both valid and
     * served. An interface compiled here with no implementation here is a contract: it gets no router.
     */
    void serve(List<TypeElement> types) {
        ApplicationReader implementations = new ApplicationReader(elements, env.getTypeUtils());
        for (TypeElement type : types) {
            implementations.servedInterfaces(type).forEach(i -> served.putIfAbsent(i.getQualifiedName().toString(),
                    type.getQualifiedName().toString()));
        }
        for (String name : served.keySet()) {
            Optional<ServiceModel> model = local.get(name);
            if (model == null || routed.contains(name)) {
                continue; // from a class file (the application writes its router), or done
            }
            routed.add(name);
            if (model.isEmpty()) {
                continue; // its errors were reported on the interface
            }
            TypeElement iface = elements.getTypeElement(name);
            ValidationReport report = new ValidationReport();
            policies.runtime(reader(new TypeReader(sources)).read(iface), report);
            if (output.print(report)) {
                TypeElement implementation = elements.getTypeElement(served.get(name));
                writeRouter(iface, model.get(), implementation == null ? List.of(iface) : List.of(iface, implementation));
            } else {
                local.put(name, Optional.empty()); // the application does not serve it: the build fails
            }
        }
    }

    /**
     * Writes the server side of {@code model}: its router and security report. An interface from a jar that
     * already holds its router (compiled where an implementation sat next to the interface) keeps that one.
     */
    void writeRouter(TypeElement iface, ServiceModel model, List<Element> originating) {
        boolean fromJar = !local.containsKey(iface.getQualifiedName().toString());
        if (fromJar && elements.getTypeElement(model.routerName().canonicalName()) != null) {
            return;
        }
        output.writer().write(RouterTemplate.render(model), originating);
        output.writer().writeResource("META-INF/kiln/security/services/" + elements.getBinaryName(iface) + ".json",
                SecurityReportTemplate.render(model), originating);
    }

    /**
     * What is known of a service interface, read again from {@code iface} (an element of the current
     * round, so errors can point into it): generated in this compilation, or read from its class file,
     * whose client and codecs come from its jar (and whose router the application writes, if it serves it).
     */
    KnownService known(TypeElement iface) {
        ServiceInput input = reader(new TypeReader(sources)).read(iface);
        Optional<ServiceModel> compiledHere = local.get(iface.getQualifiedName().toString());
        if (compiledHere != null) {
            return new KnownService(input, compiledHere, true, Optional.empty());
        }
        // A class file may lack parameter names (compiled without -parameters): what depends on them was
        // checked when the jar was compiled, and the application does not need them.
        ValidationReport report = validator.validate(input, false);
        return report.isClean()
                ? new KnownService(input, Optional.of(input.toModel()), false, Optional.empty())
                : new KnownService(input, Optional.empty(), false,
                        report.items().stream().findFirst().map(ValidationReport.Item::message));
    }

    private ServiceReader reader(TypeReader types) {
        return new ServiceReader(elements, new RouteReader(env.getTypeUtils(), types));
    }

    private void write(TypeElement iface, ServiceModel model, TypeReader types) {
        List<ValueType> signatures = new ArrayList<>();
        for (RouteModel route : model.routes()) {
            // A Principal is bound from the credentials, never encoded: it needs no codec.
            route.params().stream().filter(p -> p.kind() != ParamKind.PRINCIPAL).map(ParamModel::type)
                    .forEach(signatures::add);
            signatures.add(route.result());
        }
        TypeReader.Reachable reachable = types.reachable(signatures);
        output.writer().write(ClientTemplate.render(model), List.of(iface));
        for (RecordModel record : reachable.records()) {
            if (needsCodec(record.codecName())) {
                output.writer().write(RecordCodecTemplate.render(record), originating(record.type(), iface));
            }
            if (record.validated() && needsCodec(record.validatorName())) {
                output.writer().write(ValidatorTemplate.render(record), originating(record.type(), iface));
            }
        }
        for (EnumModel e : reachable.enums()) {
            if (needsCodec(e.codecName())) {
                output.writer().write(EnumCodecTemplate.render(e), originating(e.type(), iface));
            }
        }
    }

    // A codec or validator is written once per compilation, and not at all when the classpath has one (a shared API jar).
    private boolean needsCodec(ClassName codec) {
        return !output.writer().wrote(codec.canonicalName()) && elements.getTypeElement(codec.canonicalName()) == null;
    }

    private List<Element> originating(ClassName type, TypeElement iface) {
        TypeElement element = elements.getTypeElement(type.canonicalName());
        return element == null || element.equals(iface) ? List.of(iface) : List.of(element, iface);
    }
}
