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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Per service interface: read → validate → render router, client, codecs and security report → write. Remembers every
 * service of the compilation, valid or not, for the application step.
 */
final class ServiceStep {
    private final ProcessingEnvironment env;
    private final Elements elements;
    private final Output output;
    private final Sources sources;
    private final ServiceValidator validator;
    // By qualified name: the model of each service compiled here, or empty when it had errors. Elements
    // are not kept: javac does not promise that an element stays valid in later rounds.
    private final Map<String, Optional<ServiceModel>> local = new HashMap<>();

    ServiceStep(ProcessingEnvironment env, Output output) {
        this.env = env;
        this.elements = env.getElementUtils();
        this.output = output;
        this.sources = new Sources(elements);
        this.validator = new ServiceValidator(new PolicyValidator(elements, env.getTypeUtils()));
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
     * What is known of a service interface, read again from {@code iface} (an element of the current
     * round, so errors can point into it): generated in this compilation, or read from its class file,
     * whose router and client come from the same jar.
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
        output.writer().write(RouterTemplate.render(model), List.of(iface));
        output.writer().write(ClientTemplate.render(model), List.of(iface));
        output.writer().writeResource("META-INF/kiln/security/services/" + elements.getBinaryName(iface) + ".json",
                SecurityReportTemplate.render(model), List.of(iface));
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
