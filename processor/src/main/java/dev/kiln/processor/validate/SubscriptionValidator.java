package dev.kiln.processor.validate;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.DispatcherModel;
import dev.kiln.codegen.model.MessagingModel;
import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.ApplicationReader;
import dev.kiln.processor.read.RateLimitWindows;
import dev.kiln.processor.read.Sources;
import dev.kiln.processor.read.TypeReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the application's {@code @Subscribe} methods into its {@link DispatcherModel}, and checks them:
 * {@code [KilnSubscriberNotInjectable]} (a class with {@code @Subscribe} methods Dagger cannot build),
 * {@code [KilnInvalidSubscriber]} (a private or static method, or parameters other than one payload and
 * optionally a {@code MessageContext}), {@code [KilnUnknownMessageType]} (a parameter type no {@code @Events} /
 * {@code @Queue} interface publishes), {@code [KilnInvalidRetry]} (bad {@code @Retry} values),
 * {@code [KilnDuplicateQueueHandler]} (two handlers of one queue message in one application) and
 * {@code [KilnMessagingRuntimeMissing]} (subscribers without kiln-runtime-messaging on the class path).
 *
 * <p>A payload's interface is found among the messaging interfaces compiled here and, from the class path, the
 * {@code @Events} / {@code @Queue} interfaces of the payload's package (top-level or nested): an API module keeps
 * an interface and its payloads together.
 */
public final class SubscriptionValidator {
    public static final String MESSAGE_CONTEXT = "dev.kiln.runtime.messaging.MessageContext";

    private final Elements elements;
    private final Sources sources;
    private final Collection<MessagingModel> compiledHere;
    private final Map<String, List<Found>> byPayload = new HashMap<>();

    /** A message of a messaging interface: the payload's destination and method. */
    private record Found(MessagingModel iface, MessagingModel.Message message) {}

    public SubscriptionValidator(Elements elements, Collection<MessagingModel> compiledHere) {
        this.elements = elements;
        this.sources = new Sources(elements);
        this.compiledHere = compiledHere;
    }

    /**
     * The dispatcher of {@code app}, from its graph's {@code subscribers} and the classes of the compilation with
     * {@code @Subscribe} methods; empty when it subscribes to nothing or has errors (in {@code report}).
     */
    public Optional<DispatcherModel> validate(TypeElement app, AnnotationMirror appMirror, List<TypeElement> subscribers,
                                              Collection<String> compilationTypes, ValidationReport report) {
        Set<String> inGraph = new LinkedHashSet<>();
        subscribers.forEach(s -> inGraph.add(s.getQualifiedName().toString()));
        compilationTypes.stream().sorted().forEach(name -> {
            TypeElement type = elements.getTypeElement(name);
            if (type != null && !inGraph.contains(name) && ApplicationReader.hasSubscribeMethod(type)) {
                report.error(type, "[KilnSubscriberNotInjectable] " + type.getSimpleName() + " has @Subscribe methods"
                        + " but is not a " + (type.getKind() == ElementKind.CLASS ? "" : "class ")
                        + "concrete class Dagger builds: give it an @Inject constructor (and make it a non-abstract"
                        + " class) so the application's dispatcher can call it.");
            }
        });
        if (subscribers.isEmpty()) {
            return Optional.empty();
        }
        if (elements.getTypeElement(Annotations.MESSAGING) == null) {
            report.error(app, appMirror, "[KilnMessagingRuntimeMissing] " + app.getSimpleName() + " has @Subscribe"
                    + " methods (in " + subscribers.getFirst().getSimpleName() + "), which need"
                    + " dev.kiln:kiln-runtime-messaging, which is not on the classpath: add it to the application's"
                    + " dependencies.");
            return Optional.empty();
        }
        List<DispatcherModel.Subscription> subscriptions = new ArrayList<>();
        Map<String, ExecutableElement> queueHandlers = new HashMap<>();
        for (TypeElement subscriber : subscribers) {
            for (ExecutableElement method : ElementFilter.methodsIn(subscriber.getEnclosedElements())) {
                if (Annotations.has(method, Annotations.SUBSCRIBE)) {
                    subscription(subscriber, method, report, queueHandlers, subscriptions);
                }
            }
        }
        if (!report.isClean() || subscriptions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DispatcherModel(DispatcherModel.nameFor(ClassName.get(app)),
                subscribers.stream().map(ClassName::get).toList(), subscriptions));
    }

    private void subscription(TypeElement subscriber, ExecutableElement method, ValidationReport report,
                              Map<String, ExecutableElement> queueHandlers,
                              List<DispatcherModel.Subscription> subscriptions) {
        String display = subscriber.getSimpleName() + "." + method.getSimpleName();
        AnnotationMirror subscribe = Annotations.find(method, Annotations.SUBSCRIBE).orElseThrow();
        if (method.getModifiers().contains(Modifier.PRIVATE) || method.getModifiers().contains(Modifier.STATIC)) {
            report.error(method, subscribe, "[KilnInvalidSubscriber] @Subscribe method " + display + " is "
                    + (method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "static")
                    + ": the generated dispatcher calls it on the injected " + subscriber.getSimpleName()
                    + "; make it a package-private or public instance method.");
            return;
        }
        List<? extends VariableElement> params = method.getParameters();
        boolean context = params.size() == 2 && params.get(1).asType().toString().equals(MESSAGE_CONTEXT);
        if (params.isEmpty() || params.size() > 2 || params.size() == 2 && !context) {
            report.error(method, subscribe, "[KilnInvalidSubscriber] @Subscribe method " + display + " takes "
                    + params.size() + " parameter" + (params.size() == 1 ? "" : "s") + (params.size() == 2
                    ? " and the second is " + params.get(1).asType() + ", not " + MESSAGE_CONTEXT : "")
                    + ": a subscriber takes one payload, optionally a MessageContext second, e.g."
                    + " void on(OrderPlaced event, MessageContext context).");
            return;
        }
        VariableElement payload = params.getFirst();
        List<Found> found = payload.asType() instanceof DeclaredType declared
                && declared.asElement() instanceof TypeElement type ? find(type) : List.of();
        if (found.isEmpty()) {
            report.error(payload, "[KilnUnknownMessageType] Parameter '" + payload.getSimpleName() + "' of " + display
                    + " has type " + payload.asType() + ", which no @Events or @Queue interface visible to this"
                    + " compilation publishes: subscribe to a payload of a messaging interface (compiled here, or"
                    + " from a jar in the payload's package), e.g. void placed(OrderPlaced event) in"
                    + " @Events(\"orders\") interface OrderEvents.");
            return;
        }
        Optional<DispatcherModel.Retry> retry = retry(method, display, report);
        if (!report.isClean()) {
            return;
        }
        for (Found f : found) {
            if (f.iface().queue()) {
                String key = f.iface().destination() + "." + f.message().method();
                ExecutableElement first = queueHandlers.putIfAbsent(key, method);
                if (first != null) {
                    report.error(method, subscribe, "[KilnDuplicateQueueHandler] " + display + " and "
                            + first.getEnclosingElement().getSimpleName() + "." + first.getSimpleName()
                            + " both handle queue messages " + key + ": a queue message goes to exactly one"
                            + " handler, so an application has at most one for each; remove one, or publish it as"
                            + " an event (@Events) if every handler must get it.");
                    return;
                }
            }
            subscriptions.add(new DispatcherModel.Subscription(ClassName.get(subscriber),
                    method.getSimpleName().toString(), context, f.iface().queue(), f.iface().destination(),
                    f.message().method(), f.message().parameter(), f.message().payload(), retry));
        }
    }

    private Optional<DispatcherModel.Retry> retry(ExecutableElement method, String display, ValidationReport report) {
        Optional<AnnotationMirror> mirror = Annotations.find(method, Annotations.RETRY);
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        AnnotationMirror m = mirror.get();
        String tag = "[KilnInvalidRetry] @Retry on " + display;
        int maxAttempts = Annotations.intValue(m, "maxAttempts").orElse(5);
        if (maxAttempts < 1) {
            report.error(method, m, value(m, "maxAttempts"), tag + " allows " + maxAttempts + " attempts:"
                    + " maxAttempts counts every delivery, the first included, so it is at least 1.");
            return Optional.empty();
        }
        Duration[] durations = new Duration[2];
        String[] members = {"backoff", "maxBackoff"};
        for (int i = 0; i < 2; i++) {
            String text = Annotations.stringValue(m, members[i]);
            Optional<Duration> parsed = RateLimitWindows.parse(text);
            if (parsed.isEmpty() || parsed.get().isZero() || parsed.get().isNegative()) {
                report.error(method, m, value(m, members[i]), tag + ": " + members[i] + " = \"" + text + "\" is not"
                        + " a duration: write a positive number and a unit, ms, s, m, h or d, e.g. \"200ms\".");
                return Optional.empty();
            }
            durations[i] = parsed.get();
        }
        if (durations[1].compareTo(durations[0]) < 0) {
            report.error(method, m, value(m, "maxBackoff"), tag + ": maxBackoff = \""
                    + Annotations.stringValue(m, "maxBackoff") + "\" below backoff = \""
                    + Annotations.stringValue(m, "backoff") + "\": the wait doubles from backoff up to maxBackoff,"
                    + " so maxBackoff must be at least backoff.");
            return Optional.empty();
        }
        return Optional.of(new DispatcherModel.Retry(maxAttempts, durations[0].toMillis(), durations[1].toMillis()));
    }

    private static AnnotationValue value(AnnotationMirror mirror, String member) {
        return Annotations.explicitValue(mirror, member).orElse(null);
    }

    // The messages whose payload is {@code payload}: of interfaces compiled here, then of the payload's package.
    private List<Found> find(TypeElement payload) {
        String name = payload.getQualifiedName().toString();
        List<Found> cached = byPayload.get(name);
        if (cached != null) {
            return cached;
        }
        Map<String, MessagingModel> interfaces = new java.util.TreeMap<>();
        compiledHere.forEach(m -> interfaces.put(m.iface().canonicalName(), m));
        PackageElement pkg = elements.getPackageOf(payload);
        List<TypeElement> candidates = new ArrayList<>(ElementFilter.typesIn(pkg.getEnclosedElements()));
        for (int i = 0; i < candidates.size(); i++) {
            candidates.addAll(ElementFilter.typesIn(candidates.get(i).getEnclosedElements()));
        }
        for (TypeElement candidate : candidates) {
            String qualified = candidate.getQualifiedName().toString();
            if (candidate.getKind() == ElementKind.INTERFACE && !interfaces.containsKey(qualified)
                    && MessagingValidator.mirror(candidate).isPresent() && !sources.inSource(candidate)) {
                ValidationReport ignored = new ValidationReport();
                MessagingValidator.read(candidate, new TypeReader(sources), ignored, new ArrayList<>())
                        .ifPresent(m -> interfaces.put(qualified, m));
            }
        }
        List<Found> found = new ArrayList<>();
        ClassName payloadName = ClassName.get(payload);
        for (MessagingModel m : interfaces.values()) {
            for (MessagingModel.Message message : m.messages()) {
                if (message.payload().equals(payloadName)) {
                    found.add(new Found(m, message));
                }
            }
        }
        byPayload.put(name, List.copyOf(found));
        return found;
    }
}
