package dev.kiln.processor;

import dev.kiln.codegen.model.MessagingModel;
import dev.kiln.codegen.model.ValueType;
import dev.kiln.codegen.template.PublisherTemplate;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeReader;
import dev.kiln.processor.validate.MessagingValidator;
import dev.kiln.processor.validate.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Per {@code @Events} / {@code @Queue} interface of this compilation: read → validate → write the codec of every
 * payload (the records and enums it reaches) and its {@code <Interface>Publisher}.
 *
 * <p>The publisher needs {@code kiln-runtime-messaging} ({@code Messaging}). An API module stays light: when that
 * runtime is not on this compilation's class path, the publisher is not written here (only the codecs are);
 * the application that binds the interface writes it ({@link #writePublisher}), as it writes the routers of
 * interfaces from a jar.
 */
final class MessagingStep {
    private final Elements elements;
    private final Output output;
    private final Sources sources;
    // By qualified name: the model of each messaging interface compiled here, or empty when it had errors.
    private final CodecFiles codecs;
    private final Map<String, Optional<MessagingModel>> local = new HashMap<>();
    // By "events:orders.placed": the interface and payload that first claimed that message type here.
    private final Map<String, String[]> claimed = new HashMap<>();

    MessagingStep(ProcessingEnvironment env, Output output) {
        this.elements = env.getElementUtils();
        this.output = output;
        this.sources = new Sources(elements);
        this.codecs = new CodecFiles(elements, output);
    }

    void process(List<Element> annotated) {
        TypeReader types = new TypeReader(sources);
        for (Element element : annotated) {
            String name = element instanceof TypeElement t ? t.getQualifiedName().toString() : element.toString();
            if (local.containsKey(name)) {
                continue;
            }
            ValidationReport report = new ValidationReport();
            List<ValueType> payloads = new ArrayList<>();
            Optional<MessagingModel> model = MessagingValidator.read(element, types, report, payloads);
            if (!output.print(report) || model.isEmpty()) {
                local.put(name, Optional.empty());
                continue;
            }
            TypeElement iface = (TypeElement) element;
            ValidationReport conflicts = new ValidationReport();
            checkClaims(iface, model.get(), conflicts);
            if (!output.print(conflicts)) {
                local.put(name, Optional.empty());
                continue;
            }
            local.put(name, model);
            codecs.write(types.reachable(payloads), iface);
            if (messagingRuntimePresent()) {
                writePublisher(iface, model.get());
            }
        }
    }

    /**
     * {@code [KilnConflictingMessageType]}: two interfaces of this compilation on one destination whose methods of
     * one name (one CloudEvents type) publish different payloads, which no subscriber could decode both of.
     */
    private void checkClaims(TypeElement iface, MessagingModel model, ValidationReport report) {
        for (MessagingModel.Message message : model.messages()) {
            String type = (model.queue() ? "queue:" : "events:") + model.destination() + "." + message.method();
            String[] first = claimed.putIfAbsent(type, new String[] {
                    model.iface().canonicalName(), message.payload().canonicalName()});
            if (first != null && !first[1].equals(message.payload().canonicalName())) {
                Element method = iface.getEnclosedElements().stream().map(e -> (Element) e)
                        .filter(e -> e.getSimpleName().contentEquals(message.method())).findFirst().orElse(iface);
                report.error(method, "[KilnConflictingMessageType] " + iface.getSimpleName() + "." + message.method()
                        + " publishes " + message.payload().simpleName() + " as " + model.destination() + "."
                        + message.method() + ", which " + first[0] + " publishes as " + first[1] + ": one message"
                        + " type has one payload; rename the method or use another "
                        + (model.queue() ? "queue" : "topic") + ".");
            }
        }
    }

    /** The model of a messaging interface compiled here: empty when unknown here or when it had errors. */
    Optional<MessagingModel> local(String qualifiedName) {
        return local.getOrDefault(qualifiedName, Optional.empty());
    }

    /** The valid messaging interfaces compiled here. */
    List<MessagingModel> localModels() {
        return local.values().stream().flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(m -> m.iface().canonicalName())).toList();
    }

    /**
     * The model of an injected messaging interface: compiled here, or read from its class file. Empty, with an
     * error in {@code report} when it comes from a jar, if it cannot be read (its own build reported why).
     */
    Optional<MessagingModel> publisherFor(TypeElement iface, Element user, ValidationReport report) {
        Optional<MessagingModel> here = local.get(iface.getQualifiedName().toString());
        if (here != null) {
            if (here.isEmpty()) {
                report.failSilently(); // its errors were reported on it
            }
            return here;
        }
        ValidationReport own = new ValidationReport();
        Optional<MessagingModel> model = MessagingValidator.read(iface, new TypeReader(sources), own, new ArrayList<>());
        if (model.isEmpty()) {
            report.error(user, "[KilnMessagingNotGenerated] " + iface.getQualifiedName() + " comes from the classpath"
                    + " and Kiln cannot publish through it: " + own.items().stream().findFirst()
                    .map(ValidationReport.Item::message).orElse("it is not a valid messaging interface"));
        }
        return model;
    }

    /** Whether {@code kiln-runtime-messaging} is on this compilation's class path. */
    boolean messagingRuntimePresent() {
        return elements.getTypeElement(Annotations.MESSAGING) != null;
    }

    /** Writes the publisher of {@code model}, unless this compilation wrote it or its jar holds it. */
    void writePublisher(TypeElement iface, MessagingModel model) {
        String publisher = model.publisherName().canonicalName();
        if (!output.writer().wrote(publisher) && elements.getTypeElement(publisher) == null) {
            output.writer().write(PublisherTemplate.render(model), List.of(iface));
        }
    }
}
