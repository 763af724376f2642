package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.RateLimitPolicy;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code <Interface>Router}: a {@code KilnRouter} that registers each route behind its filters, checks
 * its rule and rate limit, binds its parameters, calls the service and writes the answer, one private
 * handler method per route.
 *
 * <pre>{@code
 * JavaFile file = RouterTemplate.render(service);   // com.example.OrderApiRouter
 * }</pre>
 */
public final class RouterTemplate {
    private RouterTemplate() {}

    /** The router of {@code service}. */
    public static JavaFile render(ServiceModel service) {
        ClassName router = service.routerName();
        NameAllocator members = new NameAllocator();
        String descriptor = members.newName("DESCRIPTOR");
        String serviceField = members.newName("service");
        Fields fields = Fields.of(service, members);
        Constants constants = new Constants(members);
        RouteGuards guards = new RouteGuards(constants, fields.limiters(), fields.keys());
        RouteHandler handler = new RouteHandler(constants, serviceField, guards, fields.clock());
        List<String> handlerNames = handlerNames(service.routes());

        // The first pass declares every constant, so that the second can keep locals clear of them.
        for (int i = 0; i < service.routes().size(); i++) {
            handler.method(service.routes().get(i), handlerNames.get(i), members.clone());
        }
        List<MethodSpec> handlers = new ArrayList<>();
        for (int i = 0; i < service.routes().size(); i++) {
            handlers.add(handler.method(service.routes().get(i), handlerNames.get(i), members.clone()));
        }

        TypeSpec.Builder type = GeneratedFiles.classBuilder(router)
                .addJavadoc("Serves {@link $T} on Helidon WebServer: one handler per route.\n", service.iface())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.KILN_ROUTER)
                .addField(FieldSpec.builder(RuntimeTypes.SERVICE_DESCRIPTOR, descriptor,
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer(descriptorExpression(service))
                        .build())
                .addFields(constants.fields())
                .addField(service.iface(), serviceField, Modifier.PRIVATE, Modifier.FINAL)
                .addFields(fields.specs(service))
                .addMethod(constructor(service, serviceField, fields))
                .addMethod(MethodSpec.methodBuilder("descriptor")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.SERVICE_DESCRIPTOR)
                        .addStatement("return $N", descriptor)
                        .build())
                .addMethod(routing(service.routes(), handlerNames, fields))
                .addMethods(handlers);
        return GeneratedFiles.file(router, type);
    }

    /**
     * {@code OrderApiRouter(OrderApi service, RateLimiters rateLimiters, AuditFilter auditFilter)}: the
     * service, then the application's {@code RateLimiters} when a route is limited, then one instance of each
     * {@code @Filters} class in {@link ServiceModel#filterClasses()} order. Limiters are made here, once.
     */
    private static MethodSpec constructor(ServiceModel service, String serviceField, Fields fields) {
        NameAllocator params = new NameAllocator();
        String serviceParam = params.newName("service");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(service.iface(), serviceParam)
                .addStatement("this.$N = $T.requireNonNull($N, $S)", serviceField, Objects.class, serviceParam,
                        serviceParam);
        if (service.hasRateLimits()) {
            String limiters = params.newName("rateLimiters");
            constructor.addParameter(RuntimeTypes.RATE_LIMITERS, limiters);
            if (fields.keys() != null) {
                constructor.addStatement("this.$N = $N.keys()", fields.keys(), limiters);
            }
            List<String> limiterNames = service.rateLimiterNames();
            for (int i = 0; i < service.routes().size(); i++) {
                RouteModel route = service.routes().get(i);
                if (route.policy().rateLimit().isEmpty()) {
                    continue;
                }
                RateLimitPolicy limit = route.policy().rateLimit().get();
                constructor.addStatement("this.$N = $N.limiter($S, $L, $L)", fields.limiters().get(route), limiters,
                        limiterNames.get(i), limit.permits(), RouteGuards.duration(limit.per()));
            }
        }
        for (ClassName filter : service.filterClasses()) {
            String param = params.newName(Identifiers.lowerCamel(filter));
            constructor.addParameter(filter, param)
                    .addStatement("this.$N = $T.requireNonNull($N, $S)", fields.filters().get(filter), Objects.class,
                            param, param);
        }
        if (fields.clock() != null) {
            String clock = params.newName("validationClock");
            constructor.addParameter(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.CLOCK), clock)
                    .addStatement("this.$N = $N.orElseGet($T::systemDefaultZone)", fields.clock(), clock,
                            RuntimeTypes.CLOCK);
        }
        return constructor.build();
    }

    /**
     * The router's fields beyond the service: a {@code RateLimiter} per limited route ({@code createLimit}),
     * the {@code RateLimitKeys} when a limit counts by IP or principal, one per filter class, and the clock
     * time constraints compare with when a route validates.
     */
    private record Fields(Map<RouteModel, String> limiters, String keys, Map<ClassName, String> filters, String clock) {

        static Fields of(ServiceModel service, NameAllocator members) {
            Map<RouteModel, String> limiters = new IdentityHashMap<>();
            String keys = service.routes().stream().anyMatch(RouteGuards::needsKeys)
                    ? members.newName("rateLimitKeys")
                    : null;
            List<String> handlerNames = handlerNames(service.routes());
            for (int i = 0; i < service.routes().size(); i++) {
                RouteModel route = service.routes().get(i);
                if (route.policy().rateLimit().isPresent()) {
                    limiters.put(route, members.newName(handlerNames.get(i) + "Limit"));
                }
            }
            Map<ClassName, String> filters = new LinkedHashMap<>();
            for (ClassName filter : service.filterClasses()) {
                filters.put(filter, members.newName(Identifiers.lowerCamel(filter)));
            }
            String clock = service.validates() ? members.newName("validationClock") : null;
            return new Fields(limiters, keys, filters, clock);
        }

        /** The field declarations, in constructor order. */
        List<FieldSpec> specs(ServiceModel service) {
            List<FieldSpec> specs = new ArrayList<>();
            if (keys != null) {
                specs.add(FieldSpec.builder(RuntimeTypes.RATE_LIMIT_KEYS, keys, Modifier.PRIVATE, Modifier.FINAL)
                        .build());
            }
            for (RouteModel route : service.routes()) {
                String field = limiters.get(route);
                if (field != null) {
                    specs.add(FieldSpec.builder(RuntimeTypes.RATE_LIMITER, field, Modifier.PRIVATE, Modifier.FINAL)
                            .build());
                }
            }
            filters.forEach((type, field) ->
                    specs.add(FieldSpec.builder(type, field, Modifier.PRIVATE, Modifier.FINAL).build()));
            if (clock != null) {
                specs.add(FieldSpec.builder(RuntimeTypes.CLOCK, clock, Modifier.PRIVATE, Modifier.FINAL).build());
            }
            return specs;
        }

        /** The filter fields of one route, interface filters first, as {@code routes.add} takes them. */
        List<String> filtersOf(RouteModel route) {
            return route.policy().filters().stream().map(filters::get).toList();
        }
    }

    /** {@code new ServiceDescriptor("orders", "com.example.OrderApi", List.of(new RouteDescriptor(...), ...))}. */
    private static CodeBlock descriptorExpression(ServiceModel service) {
        CodeBlock.Builder routes = CodeBlock.builder();
        if (service.routes().isEmpty()) {
            routes.add("$T.of()", List.class);
        } else {
            routes.add("$T.of(\n$>$>", List.class);
            for (int i = 0; i < service.routes().size(); i++) {
                RouteModel route = service.routes().get(i);
                routes.add("new $T($S, $S)$L", RuntimeTypes.ROUTE_DESCRIPTOR, route.method().name(), route.path(),
                        i + 1 < service.routes().size() ? ",\n" : "");
            }
            routes.add(")$<$<");
        }
        return CodeBlock.of("new $T($S, $S, $L)", RuntimeTypes.SERVICE_DESCRIPTOR,
                service.name(), service.iface().canonicalName(), routes.build());
    }

    private static MethodSpec routing(List<RouteModel> routes, List<String> handlerNames, Fields fields) {
        MethodSpec.Builder routing = MethodSpec.methodBuilder("routing")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.KILN_ROUTES, "routes");
        // Helidon takes the first matching route: a literal segment must be registered before a variable
        // in the same position, or GET /orders/{id} would swallow a later GET /orders/count.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> specificity(routes.get(i).path())));
        for (int i : order) {
            RouteModel route = routes.get(i);
            CodeBlock.Builder filters = CodeBlock.builder();
            for (String filter : fields.filtersOf(route)) {
                filters.add(", $N", filter);
            }
            routing.addStatement("routes.add($S, $S, this::$N$L)", route.method().name(), route.path(),
                    handlerNames.get(i), filters.build());
        }
        return routing.build();
    }

    /** One character per segment, {@code 0} literal and {@code 1} variable: sorts literals first. */
    private static String specificity(String path) {
        StringBuilder key = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                key.append(segment.startsWith("{") ? '1' : '0');
            }
        }
        return key.toString();
    }

    /** Handler methods are named after the Java methods; overloads and the router's own methods get a suffix. */
    private static List<String> handlerNames(List<RouteModel> routes) {
        NameAllocator methods = new NameAllocator();
        methods.newName("descriptor");
        methods.newName("routing");
        List<String> names = new ArrayList<>();
        for (RouteModel route : routes) {
            names.add(methods.newName(route.methodName()));
        }
        return names;
    }
}
