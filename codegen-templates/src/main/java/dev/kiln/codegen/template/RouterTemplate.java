package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code <Interface>Router}: a Helidon {@code HttpService} that binds each route's parameters,
 * calls the service and writes the answer, one private handler method per route.
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
        Constants constants = new Constants(members);
        RouteHandler handler = new RouteHandler(constants, serviceField);
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
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(service.iface(), "service")
                        .addStatement("this.$N = $T.requireNonNull(service, $S)", serviceField, Objects.class, "service")
                        .build())
                .addMethod(MethodSpec.methodBuilder("descriptor")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.SERVICE_DESCRIPTOR)
                        .addStatement("return $N", descriptor)
                        .build())
                .addMethod(routing(service.routes(), handlerNames))
                .addMethods(handlers);
        return GeneratedFiles.file(router, type);
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

    private static MethodSpec routing(List<RouteModel> routes, List<String> handlerNames) {
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
            routing.addStatement("routes.add($S, $S, this::$N)", route.method().name(), route.path(),
                    handlerNames.get(i));
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
