package dev.kiln.test;

import dev.kiln.runtime.boot.KilnHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link KilnTest} registers: starts the class's application before its first test (and a method's own when
 * it carries {@link KilnTestProperties}), resolves {@link KilnHandle} and served-interface parameters, and adds to
 * JUnit's "No ParameterResolver registered" error the types it can give. Users write {@code @KilnTest}, not this.
 */
public final class KilnExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KilnExtension.class);

    /**
     * Kiln's test defaults, below the user's properties: a free port, and the in-process registry, transport and cache
     * store, so that a test needs nothing installed even when application.yaml names Redis.
     */
    static final Map<String, String> DEFAULTS = Map.of(
            "server.port", "0",
            "kiln.registry.type", "memory",
            "kiln.messaging.transport", "memory",
            "kiln.cache.store", "memory");

    /** Called by JUnit. */
    public KilnExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        classApp(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        methodApp(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KilnHandle.class || app(context).serves(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        RunningApp app = app(context);
        return type == KilnHandle.class ? app.handle() : app.client(type);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw withGivenTypes(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw withGivenTypes(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withGivenTypes(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withGivenTypes(context, throwable);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw withGivenTypes(context, throwable);
    }

    /**
     * JUnit's own error for a parameter no resolver takes, with what this extension gives added. The extension
     * cannot claim such a parameter itself (another resolver may take it), so it adds the hint on the way out.
     */
    private static Throwable withGivenTypes(ExtensionContext context, Throwable throwable) {
        if (!(throwable instanceof ParameterResolutionException)
                || throwable.getMessage() == null
                || !throwable.getMessage().startsWith("No ParameterResolver registered")) {
            return throwable;
        }
        Optional<RunningApp> app = running(context);
        String given = app.map(RunningApp::givenTypes)
                .orElse(KilnHandle.class.getSimpleName() + " and the interfaces the application serves");
        String name = app.map(RunningApp::applicationName).orElse("the application");
        ParameterResolutionException explained = new ParameterResolutionException(throwable.getMessage()
                + " @KilnTest gives parameters of these types: " + given + " (a typed client of each interface "
                + name + " serves, and its handle).", throwable);
        explained.setStackTrace(throwable.getStackTrace());
        return explained;
    }

    /** The application for {@code context}: the method's own when it has {@code @KilnTestProperties}, else the class's. */
    private static RunningApp app(ExtensionContext context) {
        return methodApp(context).orElseGet(() -> classApp(context));
    }

    /** The application already started for {@code context}, if any (for error messages). */
    private static Optional<RunningApp> running(ExtensionContext context) {
        Optional<KilnTest> test = kilnTest(context);
        if (test.isEmpty()) {
            return Optional.empty();
        }
        Optional<RunningApp> method = methodProperties(context)
                .map(p -> context.getStore(NAMESPACE).get(methodKey(test.get(), p), RunningApp.class));
        return method.or(() -> Optional.ofNullable(context.getStore(NAMESPACE).get(test.get(), RunningApp.class)));
    }

    /**
     * The class's application, started once in the store of the nearest class context (so that it lives until the
     * class's last test), or found in an enclosing class's: a {@code @Nested} class with the same {@code @KilnTest}
     * shares it.
     */
    private static RunningApp classApp(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        KilnTest test = kilnTest(owner).orElseThrow(() -> new ExtensionConfigurationException(
                "KilnExtension needs @KilnTest(App.class) on the test class"));
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(test,
                t -> RunningApp.start(Launchers.of(t.value()), properties(t, List.of())), RunningApp.class);
    }

    /** The method's own application, started in the method's store (closed after it), when it has overrides. */
    private static Optional<RunningApp> methodApp(ExtensionContext context) {
        Optional<String[]> overrides = methodProperties(context);
        if (overrides.isEmpty()) {
            return Optional.empty();
        }
        KilnTest test = kilnTest(context).orElseThrow(() -> new ExtensionConfigurationException(
                "@KilnTestProperties needs @KilnTest(App.class) on the test class"));
        return Optional.of(context.getStore(NAMESPACE).getOrComputeIfAbsent(methodKey(test, overrides.get()),
                k -> RunningApp.start(Launchers.of(test.value()), properties(test, List.of(overrides.get()))),
                RunningApp.class));
    }

    private static Optional<String[]> methodProperties(ExtensionContext context) {
        return context.getTestMethod()
                .flatMap(m -> AnnotationSupport.findAnnotation(m, KilnTestProperties.class))
                .map(KilnTestProperties::value);
    }

    private static List<Object> methodKey(KilnTest test, String[] overrides) {
        return List.of(test, List.of(overrides));
    }

    /** The {@code @KilnTest} of the context's class, or of a class enclosing it ({@code @Nested}). */
    private static Optional<KilnTest> kilnTest(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<KilnTest> found = c.get().getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, KilnTest.class));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Kiln's defaults, then the class's properties, then the method's: a later key wins. */
    static Map<String, String> properties(KilnTest test, List<String> methodProperties) {
        Map<String, String> properties = new LinkedHashMap<>(DEFAULTS);
        put(properties, test.properties(), "@KilnTest(properties)");
        put(properties, methodProperties.toArray(String[]::new), "@KilnTestProperties");
        return properties;
    }

    private static void put(Map<String, String> properties, String[] pairs, String where) {
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || pair.substring(0, equals).isBlank()) {
                throw new ExtensionConfigurationException(where + ": \"" + pair + "\" is not key=value,"
                        + " as in \"server.shutdown-timeout=1s\"");
            }
            properties.put(pair.substring(0, equals).strip(), pair.substring(equals + 1));
        }
    }
}
