package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.data.Migrations;
import dev.kiln.processor.read.Annotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Kiln's annotation processor. It claims nothing and keeps no logic of its own: each round it notes the
 * types of the compilation, hands new {@code @Service} / {@code @Path} interfaces to the
 * {@link ServiceStep} and the round's new types to it too, new {@code @Events} / {@code @Queue} interfaces to the
 * {@link MessagingStep}, new {@code @Repository} interfaces to the {@link RepositoryStep} (a class implementing a service interface makes
 * this compilation serve it: its router is written here), new {@code @Supervised} classes to the {@link SupervisionStep} and new
 * {@code @KilnApplication} classes to the {@link ApplicationStep}, and tells
 * the latter when the application can be written.
 *
 * <p>An application is written once the services it serves have been generated: in the first round
 * that brings no new Kiln input, or at once when a round wrote nothing (then no further round is
 * certain). That is never the {@code processingOver()} round, so Dagger sees the component next round.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"dev.kiln.*", "jakarta.transaction.Transactional"})
public final class KilnProcessor extends AbstractProcessor {
    private final Set<String> compilationTypes = new TreeSet<>();
    private ServiceStep services;
    private ApplicationStep applications;
    private SupervisionStep supervision;
    private MessagingStep messaging;
    private InterceptionStep interception;
    private RepositoryStep repositories;
    private Output output;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        output = new Output(env);
        services = new ServiceStep(env, output);
        messaging = new MessagingStep(env, output);
        repositories = new RepositoryStep(env, output);
        interception = new InterceptionStep(env, output);
        applications = new ApplicationStep(env, output, services, messaging, repositories, interception);
        supervision = new SupervisionStep(env, output);
    }

    /** {@code -Akiln.migrations=<dir>}: where the Flyway migrations that {@code @Query} SQL is checked against are. */
    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(Migrations.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> newTypes = new ArrayList<>();
        ElementFilter.typesIn(round.getRootElements()).forEach(t -> noteType(t, newTypes));
        if (round.processingOver()) {
            applications.finish(output.errors() || round.errorRaised());
            return false;
        }
        List<Element> newServices = sorted(Stream.concat(
                annotated(round, Annotations.SERVICE), annotated(round, Annotations.PATH)));
        List<Element> newApplications = sorted(annotated(round, Annotations.KILN_APPLICATION));
        List<Element> newMessaging = sorted(Stream.concat(
                annotated(round, Annotations.EVENTS), annotated(round, Annotations.QUEUE)));
        List<Element> newRepositories = sorted(annotated(round, Annotations.REPOSITORY));
        services.process(newServices);
        messaging.process(newMessaging);
        repositories.process(newRepositories);
        services.serve(newTypes);
        supervision.process(sorted(annotated(round, Annotations.SUPERVISED)));
        interception.process(newTypes);
        applications.collect(newApplications);
        int written = output.writer().takeWrittenThisRound();
        if (output.errors() || round.errorRaised()) {
            applications.abandon(); // the build fails: an application over broken services would only add errors
        } else if (newServices.isEmpty() && newMessaging.isEmpty() && newRepositories.isEmpty()
                && newApplications.isEmpty() || written == 0) {
            applications.write(compilationTypes);
        }
        return false;
    }

    private void noteType(TypeElement type, List<TypeElement> newTypes) {
        if (compilationTypes.add(type.getQualifiedName().toString())) {
            newTypes.add(type);
        }
        ElementFilter.typesIn(type.getEnclosedElements()).forEach(t -> noteType(t, newTypes));
    }

    private Stream<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        return type == null ? Stream.empty() : round.getElementsAnnotatedWith(type).stream();
    }

    // Sorted by name, deduplicated (an interface with @Service and @Path is met twice), so output is deterministic.
    private static List<Element> sorted(Stream<? extends Element> elements) {
        return elements.distinct()
                .sorted(Comparator.comparing(KilnProcessor::sortKey))
                .map(e -> (Element) e)
                .toList();
    }

    private static String sortKey(Element element) {
        return element instanceof TypeElement t ? t.getQualifiedName().toString() : element.toString();
    }
}
