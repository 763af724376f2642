package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code <Interface>Client}: the typed HTTP client that implements the service interface by calling
 * the routes its router serves.
 *
 * <pre>{@code
 * JavaFile file = ClientTemplate.render(service);   // com.example.OrderApiClient
 * // generated code is then used as: OrderApi orders = OrderApiClient.create(URI.create("http://localhost:8080"));
 * }</pre>
 */
public final class ClientTemplate {
    private ClientTemplate() {}

    /** The client of {@code service}. */
    public static JavaFile render(ServiceModel service) {
        ClassName client = service.clientName();
        ClassName builder = client.nestedClass("Builder");
        NameAllocator members = new NameAllocator();
        String http = members.newName("http");
        Constants constants = new Constants(members);
        ClientMethod calls = new ClientMethod(constants, http);

        // The first pass declares every constant, so that the second can keep parameters clear of them.
        for (RouteModel route : service.routes()) {
            calls.method(route, members.clone());
        }
        List<MethodSpec> methods = new ArrayList<>();
        for (RouteModel route : service.routes()) {
            methods.add(calls.method(route, members.clone()));
        }

        TypeSpec.Builder type = GeneratedFiles.classBuilder(client)
                .addJavadoc("Calls the {@code $L} service over HTTP through {@link $T}.\n", service.name(), service.iface())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(service.iface())
                .addFields(constants.fields())
                .addField(RuntimeTypes.KILN_HTTP_CLIENT, http, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.KILN_HTTP_CLIENT, "http")
                        .addStatement("this.$N = http", http)
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addJavadoc("A client of the service at {@code baseUri}, with default timeouts.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(client)
                        .addParameter(URI.class, "baseUri")
                        .addStatement("return builder().baseUri(baseUri).build()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addJavadoc("A builder: base URI, timeouts, headers, or {@code config(KilnConfig)}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethods(methods)
                .addType(builderType(service, client, builder));
        return GeneratedFiles.file(client, type);
    }

    private static TypeSpec builderType(ServiceModel service, ClassName client, ClassName builder) {
        return TypeSpec.classBuilder(builder)
                .addJavadoc("Configures a {@link $T}.\n", client)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.KILN_CLIENT_BUILDER, builder))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("super($S)", service.name())
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(builder)
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(client)
                        .addStatement("return new $T(buildHttpClient())", client)
                        .build())
                .build();
    }
}
