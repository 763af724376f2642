package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.security.Tokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Filters} over real HTTP: the application's authentication filter first, then the interface's
 * filter, then the method's in the order listed, around the handler; a filter can answer by itself.
 */
class FiltersHttpTest {
    private static KilnHandle app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = TestServer.start(SecureConfig.values());
        http = new RawHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void filtersRunAuthenticationFirstThenTheInterfacesThenTheMethodsInOrder() {
        HttpResponse<String> response = http.get("/secure/filtered", "Authorization", "Bearer " + Tokens.signed(Tokens.admin()));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("handler", response.body());
        // The interface's filter saw the route template and the principal authentication had stored.
        assertEquals("outer:GET /secure/filtered:ada,inner,blocking", trail(response));
    }

    @Test
    void aRouteWithoutFiltersOfItsOwnRunsTheInterfacesOnly() {
        HttpResponse<String> response = http.get("/secure/public");

        assertEquals("open", response.body());
        assertEquals("outer:GET /secure/public:anonymous", trail(response));
    }

    @Test
    void aFilterCanAnswerWithoutCallingTheHandler() {
        HttpResponse<String> response = http.get("/secure/filtered", "X-Block", "yes");

        assertEquals(418, response.statusCode());
        assertEquals("blocked before the handler", response.body());
        assertEquals("outer:GET /secure/filtered:anonymous,inner,blocking", trail(response));
    }

    @Test
    void routesOfOtherServicesRunNoneOfThem() {
        HttpResponse<String> response = http.get("/documents/color?color=RED");

        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.headers().firstValue(FilterTrail.HEADER.defaultCase()).isPresent());
    }

    private static String trail(HttpResponse<String> response) {
        return response.headers().firstValue(FilterTrail.HEADER.defaultCase()).orElse("(no trail)");
    }
}
