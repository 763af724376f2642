package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.ParamModel;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/** The user code the fixtures describe, as source text, for compiling generated files against. */
final class UserSources {
    private UserSources() {}

    private static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
    private static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");

    /** Qualified name → source of the interfaces, records and enums the service fixtures name. */
    static Map<String, String> services() {
        Map<String, String> sources = new TreeMap<>();
        sources.put("com.example.OrderApi", Fixtures.ORDER_SOURCES);
        sources.put("com.example.Order", Fixtures.ORDER_RECORDS);
        sources.put("com.example.NewOrder", Fixtures.NEW_ORDER_RECORD);
        sources.put("com.example.Color", Fixtures.COLOR_SOURCE);
        sources.put("com.example.Everything", Fixtures.everythingSource());
        sources.put("com.example.KitchenApi", Fixtures.kitchenSource());
        sources.put("com.example.CatalogApi", Fixtures.CATALOG_SOURCE);
        return sources;
    }

    /** Qualified name → source of the implementations, user module and application class of the app fixture. */
    static Map<String, String> application() {
        Map<String, String> sources = new TreeMap<>();
        sources.put("com.example.KitchenService", stubImplementation(Fixtures.kitchenApi(), "KitchenService"));
        sources.put("com.example.OrderService", ORDER_SERVICE);
        sources.put("com.example.OrderStore", ORDER_STORE);
        sources.put("com.example.ClockModule", CLOCK_MODULE);
        sources.put("com.example.ShopApp", SHOP_APP);
        return sources;
    }

    /** A {@code @Singleton} implementation whose methods return zero values. */
    static String stubImplementation(ServiceModel service, String simpleName) {
        TypeSpec.Builder type = TypeSpec.classBuilder(simpleName)
                .addAnnotation(SINGLETON)
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(service.iface())
                .addMethod(MethodSpec.constructorBuilder().addAnnotation(INJECT).build());
        for (RouteModel route : service.routes()) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(route.methodName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(route.result().typeName());
            for (ParamModel param : route.params()) {
                method.addParameter(param.type().typeName(), param.javaName());
            }
            TypeName result = route.result().typeName();
            if (!(route.result() instanceof ValueType.Void)) {
                method.addStatement("return $L", result == TypeName.BOOLEAN ? "false" : result.isPrimitive() ? "0" : "null");
            }
            type.addMethod(method.build());
        }
        return JavaFile.builder(service.iface().packageName(), type.build()).build().toString();
    }

    static final String ORDER_SERVICE = """
            package com.example;
            import dev.kiln.runtime.lifecycle.Lifecycle;
            import jakarta.inject.Inject;
            import jakarta.inject.Singleton;
            import java.time.Clock;
            import java.util.List;
            import java.util.Optional;

            @Singleton
            final class OrderService implements OrderApi, Lifecycle {
                private final OrderStore store;
                private final CatalogApi catalog;
                private final Clock clock;

                @Inject
                OrderService(OrderStore store, CatalogApi catalog, Clock clock) {
                    this.store = store;
                    this.catalog = catalog;
                    this.clock = clock;
                }

                @Override public Optional<Order> get(long id) { return Optional.empty(); }
                @Override public List<Order> list(Optional<String> customer, int limit) { return List.of(); }
                @Override public Order create(NewOrder order) {
                    return new Order(clock.millis(), order.customer(), catalog.product("x"), order.lines());
                }
                @Override public void cancel(long id, Optional<String> reason) { store.hashCode(); }
            }
            """;

    static final String ORDER_STORE = """
            package com.example;
            import dev.kiln.runtime.lifecycle.Lifecycle;
            import jakarta.inject.Inject;
            import jakarta.inject.Singleton;

            @Singleton
            final class OrderStore implements Lifecycle {
                @Inject
                OrderStore() {}
            }
            """;

    static final String CLOCK_MODULE = """
            package com.example;
            import dagger.Module;
            import dagger.Provides;
            import java.time.Clock;

            @Module
            public interface ClockModule {
                @Provides
                static Clock clock() {
                    return Clock.systemUTC();
                }
            }
            """;

    static final String SHOP_APP = """
            package com.example;

            public final class ShopApp {
                private ShopApp() {}

                public static void main(String[] args) {
                    KilnShopApp.run(args);
                }
            }
            """;
}
