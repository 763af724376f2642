package dev.kiln.codegen.template;

import static dev.kiln.codegen.template.SourceAssert.assertHasLines;
import static dev.kiln.codegen.template.SourceAssert.assertLinesInOrder;
import static dev.kiln.codegen.template.SourceAssert.assertNoLineContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.ComponentModel;
import dev.kiln.codegen.model.SupervisionModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The module, component and entry point of an application with served services, a client, lifecycle and a user module. */
class ApplicationTemplatesTest {
    private final ApplicationModel app = Fixtures.shopApp();

    @Test
    void moduleBindsServedInterfacesAndProvidesClients() {
        String module = ModuleTemplate.render(app).toString();
        assertLinesInOrder(module,
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "@Module",
                "public abstract class KilnShopAppModule {",
                "private KilnShopAppModule() {",
                "@Binds",
                "abstract KitchenApi kitchenApi(KitchenService implementation);",
                "@Binds",
                "abstract OrderApi orderApi(OrderService implementation);",
                "@Provides",
                "@Singleton",
                "static CatalogApi catalogApi(KilnConfig config, Map<String, ClientCredentials> credentials,",
                "ServiceRegistry registry, Telemetry telemetry) {",
                "return CatalogApiClient.builder().config(config).credentialsFrom(credentials).registry(registry).telemetry(telemetry).build();");
        assertHasLines(module, "import jakarta.inject.Singleton;", "import dagger.Module;");
    }

    @Test
    void componentListsModulesAccessorsAndFactory() {
        String component = ComponentTemplate.render(app).toString();
        assertLinesInOrder(component,
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "@Singleton",
                "@Component(",
                "modules = {",
                "KilnShopAppModule.class,",
                "KilnRuntimeModule.class,",
                "ClockModule.class",
                "public interface KilnShopAppComponent {",
                // served interfaces, then lifecycle classes in dependency order
                "KitchenApi kitchenApi();",
                "OrderApi orderApi();",
                "OrderStore orderStore();",
                "OrderService orderService();",
                "ServiceRegistry serviceRegistry();",
                "Set<KilnFilter> filters();",
                "Set<ExceptionMapper<?>> exceptionMappers();",
                "Set<HealthCheck> healthChecks();",
                "@Component.Factory",
                "interface Factory {",
                "KilnShopAppComponent create(@BindsInstance KilnConfig config);");
        assertHasLines(component, "import dev.kiln.runtime.KilnRuntimeModule;");
    }

    @Test
    void entryPointBuildsTheGraphAndBoots() {
        String entry = ApplicationTemplate.render(app).toString();
        assertLinesInOrder(entry,
                "@Generated(\"dev.kiln.processor.KilnProcessor\")",
                "public final class KilnShopApp {",
                "public static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor(\"com.example.ShopApp\", \"shop\",",
                "List.of(KitchenApiRouter.DESCRIPTOR, OrderApiRouter.DESCRIPTOR),",
                "List.of(\"catalog\"),",
                "List.of(\"com.example\"));",
                "private KilnShopApp() {",
                "public static KilnHandle run(String... args) {",
                "return start(KilnConfig.load(args));",
                "public static KilnHandle start(KilnConfig config) {",
                "KilnShopAppComponent component = DaggerKilnShopAppComponent.factory().create(config);",
                "return KilnBoot.builder(config, DESCRIPTOR)",
                ".registry(component.serviceRegistry())",
                ".filters(component.filters())",
                ".exceptionMappers(component.exceptionMappers())",
                ".healthChecks(component.healthChecks())",
                ".errorTracker(component.errorTracker())",
                ".components(List.of(",
                "LifecycleComponent.of(\"OrderStore\", component.orderStore()),",
                "LifecycleComponent.of(\"OrderService\", component.orderService())))",
                ".routers(List.of(new KitchenApiRouter(component.kitchenApi()), new OrderApiRouter(component.orderApi())))",
                ".start();");
    }

    @Test
    void sameSimpleNamesGetDistinctAccessorsInComponentAndEntryPoint() {
        ClassName otherOrderApi = ClassName.get("com.other", "OrderApi");
        ApplicationModel clash = new ApplicationModel(Fixtures.SHOP_APP,
                List.of(new ApplicationModel.ServedService(Fixtures.orderApi(), ClassName.get("com.example", "OrderService")),
                        new ApplicationModel.ServedService(
                                new dev.kiln.codegen.model.ServiceModel(otherOrderApi, "other", "/other", List.of()),
                                ClassName.get("com.other", "OtherService"))),
                List.of(),
                List.of(ClassName.get("com.example", "Wait")),
                List.of());
        String component = ComponentTemplate.render(clash).toString();
        assertHasLines(component,
                "OrderApi orderApi();",
                "com.other.OrderApi orderApi_();",
                // Object's methods are never shadowed
                "Wait wait_();");
        String entry = ApplicationTemplate.render(clash).toString();
        assertHasLines(entry,
                "LifecycleComponent.of(\"Wait\", component.wait_())))",
                ".routers(List.of(new OrderApiRouter(component.orderApi()), new com.other.OrderApiRouter(component.orderApi_())))");
        assertHasLines(ModuleTemplate.render(clash).toString(),
                "abstract OrderApi orderApi(OrderService implementation);",
                "abstract com.other.OrderApi orderApi_(OtherService implementation);");
    }

    @Test
    void supervisedComponentsDependenciesAndHealthChecks() {
        ClassName ledger = ClassName.get(Fixtures.PKG, "StockLedger");
        ClassName poller = ClassName.get(Fixtures.PKG, "FeedPoller");
        ClassName disk = ClassName.get(Fixtures.PKG, "DiskSpace");
        ApplicationModel managed = new ApplicationModel(Fixtures.SHOP_APP, "shop-front", List.of(), List.of(),
                List.of(new ComponentModel(ledger, "StockLedger", List.of(), Optional.empty()),
                        new ComponentModel(poller, "FeedPoller", List.of("StockLedger"),
                                Optional.of(new SupervisionModel(3, 30_000, 100, 2_000)))),
                List.of(disk, poller), List.of(), false);
        assertLinesInOrder(ApplicationTemplate.render(managed).toString(),
                "public static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor(\"com.example.ShopApp\", \"shop-front\",",
                ".healthChecks(component.healthChecks())",
                ".components(List.of(",
                "LifecycleComponent.of(\"StockLedger\", component.stockLedger()),",
                "LifecycleComponent.of(\"FeedPoller\", component.feedPoller(), List.of(\"StockLedger\"))",
                ".supervised(new Supervision(3, Duration.ofMillis(30000L), Duration.ofMillis(100L), Duration.ofMillis(2000L)))))");
        assertLinesInOrder(ModuleTemplate.render(managed).toString(),
                "@Binds",
                "@IntoSet",
                "abstract HealthCheck diskSpaceHealthCheck(DiskSpace implementation);",
                "@Binds",
                "@IntoSet",
                "abstract HealthCheck feedPollerHealthCheck(FeedPoller implementation);");
    }

    @Test
    void anApplicationThatOnlyCalls() {
        ApplicationModel client = new ApplicationModel(Fixtures.SHOP_APP, List.of(),
                List.of(new ApplicationModel.ClientBinding(Fixtures.CATALOG_API, "catalog")), List.of(), List.of());
        String entry = ApplicationTemplate.render(client).toString();
        assertLinesInOrder(entry,
                "List.of(),",
                "List.of(\"catalog\"),",
                "List.of(\"com.example\"));",
                "return KilnBoot.builder(config, DESCRIPTOR)",
                ".components(List.of())",
                ".routers(List.of())");
        String component = ComponentTemplate.render(client).toString();
        assertHasLines(component, "ServiceRegistry serviceRegistry();");
        assertLinesInOrder(component, "KilnRuntimeModule.class", "public interface KilnShopAppComponent {",
                "interface Factory {");
    }

    @Test
    void areDeterministic() {
        assertEquals(ModuleTemplate.render(app).toString(), ModuleTemplate.render(Fixtures.shopApp()).toString());
        assertEquals(ComponentTemplate.render(app).toString(), ComponentTemplate.render(Fixtures.shopApp()).toString());
        assertEquals(ApplicationTemplate.render(app).toString(), ApplicationTemplate.render(Fixtures.shopApp()).toString());
    }
}
