package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import dev.kiln.codegen.model.ApplicationModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The component's accessor names, computed once so that the component declares and the entry point
 * calls the same ones: {@code orderApi()} per served interface, then {@code orderService()} per
 * lifecycle class, then {@code rateLimiters()} and one per {@code @Filters} class when the routes need
 * them. Two types with the same simple name get distinct names.
 *
 * @param served    accessor per {@link ApplicationModel#served()}, same order
 * @param lifecycle accessor per {@link ApplicationModel#lifecycle()}, same order
 * @param registry  accessor of the graph's {@code ServiceRegistry}, which the boot registers services in
 * @param filters   accessor of the graph's set of global {@code KilnFilter}s
 * @param exceptionMappers accessor of the graph's set of {@code ExceptionMapper}s
 * @param healthChecks accessor of the graph's set of {@code HealthCheck}s
 * @param errorTracker accessor of the graph's {@code ErrorTracker}
 * @param telemetry accessor of the graph's {@code Telemetry}
 * @param rateLimiters accessor of the graph's {@code RateLimiters}, or null when no served route is limited
 * @param filterClasses accessor per {@link ApplicationModel#filterClasses()}, by class
 * @param validationClock accessor of the graph's optional {@code @ValidationClock Clock}, or null when no served
 *                        route validates
 */
record ApplicationNames(List<String> served, List<String> lifecycle, String registry, String filters,
                        String exceptionMappers, String healthChecks, String errorTracker, String telemetry, String rateLimiters, Map<ClassName, String> filterClasses,
                        String validationClock) {

    static ApplicationNames of(ApplicationModel app) {
        return of(app, methodNames());
    }

    /**
     * The accessors of the runtime modules' objects, allocated after all of {@link #of}'s, always in this order (so
     * a name does not depend on which modules the application uses): {@code messaging()}, {@code dispatcher()},
     * {@code messagingEndpoint()}, {@code database()}, {@code outboxRelay()}, {@code caches()},
     * {@code cachesEndpoint()}.
     */
    record Runtime(String messaging, String dispatcher, String messagingEndpoint, String database, String outboxRelay,
                   String caches, String cachesEndpoint) {}

    static Runtime runtime(ApplicationModel app) {
        NameAllocator names = methodNames();
        of(app, names);
        return new Runtime(names.newName("messaging"), names.newName("dispatcher"), names.newName("messagingEndpoint"),
                names.newName("database"), names.newName("outboxRelay"), names.newName("caches"),
                names.newName("cachesEndpoint"));
    }

    private static ApplicationNames of(ApplicationModel app, NameAllocator names) {
        List<String> served = new ArrayList<>();
        for (ApplicationModel.ServedService s : app.served()) {
            served.add(names.newName(Identifiers.lowerCamel(s.service().iface())));
        }
        List<String> lifecycle = new ArrayList<>();
        for (ClassName type : app.lifecycle()) {
            lifecycle.add(names.newName(Identifiers.lowerCamel(type)));
        }
        String registry = names.newName("serviceRegistry");
        String filters = names.newName("filters");
        String exceptionMappers = names.newName("exceptionMappers");
        String healthChecks = names.newName("healthChecks");
        String errorTracker = names.newName("errorTracker");
        String telemetry = names.newName("telemetry");
        String rateLimiters = app.usesRateLimits() ? names.newName("rateLimiters") : null;
        Map<ClassName, String> filterClasses = new LinkedHashMap<>();
        for (ClassName type : app.filterClasses()) {
            filterClasses.put(type, names.newName(Identifiers.lowerCamel(type)));
        }
        String validationClock = app.served().stream().anyMatch(s -> s.service().validates())
                ? names.newName("validationClock")
                : null;
        return new ApplicationNames(List.copyOf(served), List.copyOf(lifecycle), registry, filters, exceptionMappers,
                healthChecks, errorTracker, telemetry, rateLimiters, Collections.unmodifiableMap(filterClasses), validationClock);
    }

    /** An allocator for methods of a generated type, with {@code Object}'s method names taken. */
    static NameAllocator methodNames() {
        NameAllocator names = new NameAllocator();
        for (String taken : List.of("equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait",
                "clone", "finalize")) {
            names.newName(taken);
        }
        return names;
    }
}
