package dev.kiln.codegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default application name: the class's simple name without App/Application, in kebab-case. */
class ApplicationNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "OrdersApp, orders",
            "ShopFrontApplication, shop-front",
            "ShopApp, shop",
            "App, app",
            "Application, application",
            "Catalog, catalog",
            "HTTPGatewayApp, http-gateway",
            "Orders2App, orders2",
            "V2OrdersApp, v2-orders",
            "Mapp, mapp",
            "My_ServiceApp, my-service"})
    void derivesTheNameFromTheClass(String simpleName, String expected) {
        assertEquals(expected, Names.applicationName(simpleName));
    }
}
