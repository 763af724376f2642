package dev.kiln.processor.read;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an application: which service interfaces classes of this compilation implement, which service
 * interfaces the graph injects without an implementation (bound to clients), which classes of the graph
 * are {@code Lifecycle} components and in what order they start, and the user's Dagger modules.
 *
 * <p>The graph is followed the way Dagger will build it from the served implementations: through the
 * parameters of {@code @Inject} constructors, into concrete classes with {@code @Inject} constructors,
 * looking through {@code Provider<T>} and {@code Lazy<T>}.
 */
public final class ApplicationReader {
    private static final Comparator<TypeElement> BY_NAME = Comparator.comparing(t -> t.getQualifiedName().toString());

    private final Elements elements;
    private final Types types;

    public ApplicationReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** Reads {@code app}, given the qualified names of every type compiled in this compilation so far. */
    public ApplicationInput read(TypeElement app, AnnotationMirror mirror, Collection<String> compilationTypes) {
        List<ApplicationInput.Implementation> implementations = implementations(compilationTypes);
        Map<String, TypeElement> servedBy = new TreeMap<>();
        for (ApplicationInput.Implementation i : implementations) {
            if (i.injectable()) {
                servedBy.putIfAbsent(i.iface().getQualifiedName().toString(), i.implementation());
            }
        }
        Graph graph = graph(servedBy, componentRoots(compilationTypes));
        List<ApplicationInput.UserModule> modules = new ArrayList<>();
        Annotations.explicitValue(mirror, "modules").ifPresent(value -> {
            if (value.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    AnnotationValue v = (AnnotationValue) item;
                    if (v.getValue() instanceof TypeMirror t) {
                        modules.add(new ApplicationInput.UserModule(t, Optional.of(v)));
                    }
                }
            }
        });
        return new ApplicationInput(app, mirror, implementations, graph.clientUses(), lifecycle(graph),
                healthChecks(graph), List.copyOf(modules), subscribers(graph), graph.messagingUses(),
                graph.repositoryUses());
    }

    private List<ApplicationInput.Implementation> implementations(Collection<String> compilationTypes) {
        List<ApplicationInput.Implementation> result = new ArrayList<>();
        compilationTypes.stream().sorted().forEach(name -> {
            TypeElement type = elements.getTypeElement(name);
            if (type == null || isInterceptedSubclass(type)) {
                return;
            }
            for (TypeElement iface : servedInterfaces(type)) {
                result.add(new ApplicationInput.Implementation(type, iface, injectConstructor(type).isPresent()));
            }
        });
        return List.copyOf(result);
    }

    /**
     * The {@code @Service} interfaces {@code type} serves, sorted by name: none unless it is a concrete class.
     * Kiln's own generated client implements its interface too; it is a binding, not a server.
     */
    public List<TypeElement> servedInterfaces(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return List.of();
        }
        return serviceInterfaces(type).stream()
                .filter(iface -> !Names.sibling(ClassName.get(iface), "Client").equals(ClassName.get(type)))
                .toList();
    }

    /** Every {@code @Service} interface among the supertypes of {@code type}, sorted by name. */
    private List<TypeElement> serviceInterfaces(TypeElement type) {
        Set<TypeElement> found = new LinkedHashSet<>();
        Deque<TypeMirror> work = new ArrayDeque<>(List.of(type.asType()));
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty()) {
            TypeMirror current = work.removeFirst();
            for (TypeMirror superType : types.directSupertypes(current)) {
                if (!(superType instanceof DeclaredType declared)) {
                    continue;
                }
                TypeElement element = (TypeElement) declared.asElement();
                if (!seen.add(element.getQualifiedName().toString())) {
                    continue;
                }
                if (element.getKind() == ElementKind.INTERFACE && Annotations.has(element, Annotations.SERVICE)) {
                    found.add(element);
                }
                work.addLast(superType);
            }
        }
        return found.stream().sorted(BY_NAME).toList();
    }

    /** The constructor Dagger will call. */
    public static Optional<ExecutableElement> injectConstructor(TypeElement type) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> Annotations.INJECT.stream().anyMatch(a -> Annotations.has(c, a)))
                .findFirst();
    }

    /** The classes Dagger will build for the served implementations, and what each needs. */
    private record Graph(Map<String, TypeElement> classes, Map<String, Set<String>> dependencies,
                         List<ApplicationInput.ClientUse> clientUses, List<TypeElement> messagingUses,
                         List<TypeElement> repositoryUses) {}

    /**
     * The classes of this compilation Dagger can build that are components, health checks or subscribers: they
     * belong to the graph even when nothing injects them (a poller that only runs, a check that only answers, a
     * class that only handles messages).
     */
    /**
     * Whether {@code type} is the subclass Kiln generated to intercept its superclass's methods: it stands in for
     * the superclass (the module binds it in its place), so it is neither another implementation nor another component.
     */
    static boolean isInterceptedSubclass(TypeElement type) {
        return type.getSuperclass() instanceof DeclaredType superclass
                && superclass.asElement() instanceof TypeElement parent
                && Names.intercepted(ClassName.get(parent)).equals(ClassName.get(type));
    }

    private List<TypeElement> componentRoots(Collection<String> compilationTypes) {
        List<TypeMirror> kinds = new ArrayList<>();
        for (String name : List.of(Annotations.LIFECYCLE, Annotations.HEALTH_CHECK)) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                kinds.add(types.erasure(type.asType()));
            }
        }
        List<TypeElement> roots = new ArrayList<>();
        compilationTypes.stream().sorted().forEach(name -> {
            TypeElement type = elements.getTypeElement(name);
            // A generic class is built only where the graph asks for one of its parameterisations, never as a root.
            if (type != null && type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT)
                    && type.getTypeParameters().isEmpty() && injectConstructor(type).isPresent()
                    && !isInterceptedSubclass(type)
                    && (hasSubscribeMethod(type)
                        || kinds.stream().anyMatch(k -> types.isAssignable(types.erasure(type.asType()), k)))) {
                roots.add(type);
            }
        });
        return roots;
    }

    private Graph graph(Map<String, TypeElement> servedBy, List<TypeElement> componentRoots) {
        Map<String, TypeElement> classes = new TreeMap<>();
        Map<String, Set<String>> dependencies = new TreeMap<>();
        Map<String, ApplicationInput.ClientUse> clientUses = new TreeMap<>();
        Map<String, TypeElement> messagingUses = new TreeMap<>();
        Map<String, TypeElement> repositoryUses = new TreeMap<>();
        Set<TypeElement> roots = new LinkedHashSet<>(servedBy.values());
        roots.addAll(componentRoots);
        Deque<TypeElement> work = new ArrayDeque<>(roots.stream().sorted(BY_NAME).toList());
        while (!work.isEmpty()) {
            TypeElement type = work.removeFirst();
            String name = type.getQualifiedName().toString();
            if (classes.putIfAbsent(name, type) != null) {
                continue;
            }
            Set<String> needs = new LinkedHashSet<>();
            dependencies.put(name, needs);
            List<? extends VariableElement> params =
                    injectConstructor(type).map(ExecutableElement::getParameters).orElse(List.of());
            for (VariableElement param : params) {
                if (!(unwrapProvider(param.asType()) instanceof DeclaredType declared)) {
                    continue;
                }
                TypeElement needed = (TypeElement) declared.asElement();
                String neededName = needed.getQualifiedName().toString();
                if (needed.getKind() == ElementKind.INTERFACE && Annotations.has(needed, Annotations.SERVICE)) {
                    TypeElement implementation = servedBy.get(neededName);
                    if (implementation == null) {
                        clientUses.putIfAbsent(neededName, new ApplicationInput.ClientUse(needed, param));
                    } else {
                        needs.add(implementation.getQualifiedName().toString());
                    }
                } else if (needed.getKind() == ElementKind.INTERFACE && (Annotations.has(needed, Annotations.EVENTS)
                        || Annotations.has(needed, Annotations.QUEUE))) {
                    messagingUses.putIfAbsent(neededName, needed);
                } else if (needed.getKind() == ElementKind.INTERFACE && Annotations.has(needed, Annotations.REPOSITORY)) {
                    repositoryUses.putIfAbsent(neededName, needed);
                } else if (needed.getKind() == ElementKind.CLASS && !needed.getModifiers().contains(Modifier.ABSTRACT)
                        && injectConstructor(needed).isPresent()) {
                    needs.add(neededName);
                    work.addLast(needed);
                }
            }
        }
        return new Graph(classes, dependencies, List.copyOf(clientUses.values()), List.copyOf(messagingUses.values()),
                List.copyOf(repositoryUses.values()));
    }

    private TypeMirror unwrapProvider(TypeMirror type) {
        if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1
                && Annotations.PROVIDERS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString())) {
            return declared.getTypeArguments().getFirst();
        }
        return type;
    }

    /** The graph's classes with a {@code @Subscribe} method, by name. */
    private static List<TypeElement> subscribers(Graph graph) {
        return graph.classes().values().stream().filter(ApplicationReader::hasSubscribeMethod).toList();
    }

    /** Whether {@code type} declares a {@code @Subscribe} method. */
    public static boolean hasSubscribeMethod(TypeElement type) {
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .anyMatch(m -> Annotations.has(m, Annotations.SUBSCRIBE));
    }

    /** The graph's {@code HealthCheck} classes, by name. */
    private List<TypeElement> healthChecks(Graph graph) {
        TypeElement healthCheck = elements.getTypeElement(Annotations.HEALTH_CHECK);
        if (healthCheck == null) {
            return List.of();
        }
        TypeMirror checkType = types.erasure(healthCheck.asType());
        return graph.classes().values().stream()
                .filter(type -> types.isAssignable(types.erasure(type.asType()), checkType))
                .toList();
    }

    /**
     * The graph's {@code Lifecycle} classes, each after the lifecycle classes it depends on (directly or
     * through other classes), with those; among those free to go next, by name. A cycle (possible through
     * {@code Provider}) is broken at the first name, and the edge that closes it is dropped.
     */
    private List<ApplicationInput.Component> lifecycle(Graph graph) {
        TypeElement lifecycle = elements.getTypeElement(Annotations.LIFECYCLE);
        if (lifecycle == null) {
            return List.of();
        }
        TypeMirror lifecycleType = types.erasure(lifecycle.asType());
        Map<String, TypeElement> components = new TreeMap<>();
        graph.classes().forEach((name, type) -> {
            if (types.isAssignable(types.erasure(type.asType()), lifecycleType)) {
                components.put(name, type);
            }
        });
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        for (String name : components.keySet()) {
            Set<String> lifecycleNeeds = new HashSet<>();
            Deque<String> work = new ArrayDeque<>(graph.dependencies().getOrDefault(name, Set.of()));
            Set<String> seen = new HashSet<>();
            while (!work.isEmpty()) {
                String next = work.removeFirst();
                if (!seen.add(next) || next.equals(name)) {
                    continue;
                }
                if (components.containsKey(next)) {
                    lifecycleNeeds.add(next);
                } else {
                    work.addAll(graph.dependencies().getOrDefault(next, Set.of()));
                }
            }
            needs.put(name, lifecycleNeeds);
        }
        List<ApplicationInput.Component> ordered = new ArrayList<>();
        Set<String> started = new HashSet<>();
        while (started.size() < components.size()) {
            PriorityQueue<String> ready = new PriorityQueue<>();
            for (String name : components.keySet()) {
                if (!started.contains(name) && started.containsAll(needs.get(name))) {
                    ready.add(name);
                }
            }
            String next = ready.isEmpty()
                    ? components.keySet().stream().filter(n -> !started.contains(n)).findFirst().orElseThrow()
                    : ready.peek();
            List<TypeElement> dependsOn = needs.get(next).stream().filter(started::contains).sorted()
                    .map(components::get).toList();
            started.add(next);
            ordered.add(new ApplicationInput.Component(components.get(next), dependsOn));
        }
        return List.copyOf(ordered);
    }
}
