package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.ApplicationModel;
import dev.kiln.codegen.model.DataWiring;
import dev.kiln.codegen.model.HttpMethod;
import dev.kiln.codegen.model.RouteModel;
import dev.kiln.codegen.model.ServiceModel;
import dev.kiln.codegen.model.ValueType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryResourceTemplateTest {

    @Test
    void describesServedServicesTheirRoutesAndClients() {
        ApplicationModel app = new ApplicationModel(Fixtures.SHOP_APP,
                List.of(new ApplicationModel.ServedService(Fixtures.orderApi(), ClassName.get("com.example", "OrderService"))),
                List.of(new ApplicationModel.ClientBinding(Fixtures.CATALOG_API, "catalog", Fixtures.catalogApi().routes()),
                        new ApplicationModel.ClientBinding(ClassName.get("com.example", "PaymentApi"), "payments")),
                List.of(), List.of());
        assertEquals("""
                {
                  "name": "com.example.ShopApp",
                  "services": [
                    {
                      "name": "orders",
                      "interface": "com.example.OrderApi",
                      "routes": [
                        { "method": "GET", "path": "/orders/{id}" },
                        { "method": "GET", "path": "/orders" },
                        { "method": "POST", "path": "/orders" },
                        { "method": "DELETE", "path": "/orders/{id}" }
                      ]
                    }
                  ],
                  "clients": [
                    {
                      "service": "catalog",
                      "interface": "com.example.CatalogApi",
                      "routes": [
                        { "method": "GET", "path": "/products/{sku}" }
                      ]
                    },
                    {
                      "service": "payments",
                      "interface": "com.example.PaymentApi",
                      "routes": []
                    }
                  ]
                }
                """, RegistryResourceTemplate.render(app));
    }

    @Test
    void repositoriesWithTheirTablesAndTheCachesOfInterceptedClasses() {
        ApplicationModel app = new ApplicationModel(Fixtures.SHOP_APP, List.of(), List.of(), List.of(), List.of());
        DataWiring data = new DataWiring(
                List.of(new DataWiring.Repository(ClassName.get("com.example", "OrderRepository"), List.of("lines", "orders"))),
                List.of(new DataWiring.Intercepted(ClassName.get("com.example", "Catalog"), true, List.of("prices", "products")),
                        new DataWiring.Intercepted(ClassName.get("com.example", "Ledger"), true, List.of()),
                        new DataWiring.Intercepted(ClassName.get("com.example", "Search"), false, List.of("products"))));
        assertEquals("""
                {
                  "name": "com.example.ShopApp",
                  "services": [],
                  "clients": [],
                  "repositories": [
                    { "name": "OrderRepository", "interface": "com.example.OrderRepository", "tables": [ "lines", "orders" ] }
                  ],
                  "caches": [ "prices", "products" ]
                }
                """, RegistryResourceTemplate.render(app, Optional.empty(), Optional.of(data)));
    }

    @Test
    void emptyListsAndNestedNames() {
        ClassName nested = ClassName.get("com.example", "Outer", "InnerApi");
        ApplicationModel app = new ApplicationModel(ClassName.get("com.example", "Outer", "App"),
                List.of(new ApplicationModel.ServedService(new ServiceModel(nested, "inner", "", List.of()),
                        ClassName.get("com.example", "Impl"))),
                List.of(), List.of(), List.of());
        assertEquals("""
                {
                  "name": "com.example.Outer.App",
                  "services": [
                    {
                      "name": "inner",
                      "interface": "com.example.Outer.InnerApi",
                      "routes": []
                    }
                  ],
                  "clients": []
                }
                """, RegistryResourceTemplate.render(app));
        assertEquals("{\n  \"name\": \"com.example.ShopApp\",\n  \"services\": [],\n  \"clients\": []\n}\n",
                RegistryResourceTemplate.render(new ApplicationModel(Fixtures.SHOP_APP, List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    void escapesStrings() {
        assertEquals("\"plain /path/{id}\"", RegistryResourceTemplate.quote("plain /path/{id}"));
        assertEquals("\"a\\\"b\\\\c\"", RegistryResourceTemplate.quote("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\b\\f\\u0001\\u001f\"", RegistryResourceTemplate.quote("\n\r\t\b\f\u0001\u001f"));
        assertEquals("\"caf\u00e9 \\u2028\"", RegistryResourceTemplate.quote("caf\u00e9 \u2028"));

        ServiceModel odd = new ServiceModel(Fixtures.ORDER_API, "say \"hi\"", "/x", List.of(
                new RouteModel("get", HttpMethod.GET, "/x/\\{weird}", 200, List.of(), new ValueType.Void())));
        String json = RegistryResourceTemplate.render(new ApplicationModel(Fixtures.SHOP_APP,
                List.of(new ApplicationModel.ServedService(odd, Fixtures.ORDER)), List.of(), List.of(), List.of()));
        SourceAssert.assertHasLines(json,
                "\"name\": \"say \\\"hi\\\"\",",
                "{ \"method\": \"GET\", \"path\": \"/x/\\\\{weird}\" }");
    }

    @Test
    void isDeterministic() {
        assertEquals(RegistryResourceTemplate.render(Fixtures.shopApp()), RegistryResourceTemplate.render(Fixtures.shopApp()));
    }
}
