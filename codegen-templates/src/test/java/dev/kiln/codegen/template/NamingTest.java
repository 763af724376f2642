package dev.kiln.codegen.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import dev.kiln.codegen.model.PathTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void upperSnake() {
        assertEquals("X_REASON", Identifiers.upperSnake("X-Reason"));
        assertEquals("DATE_TIME", Identifiers.upperSnake("dateTime"));
        assertEquals("HTTP_CODE", Identifiers.upperSnake("HTTPCode"));
        assertEquals("ID", Identifiers.upperSnake("id"));
        assertEquals("V2_NAME", Identifiers.upperSnake("v2Name"));
        assertEquals("A_B", Identifiers.upperSnake("--a..b--"));
        assertEquals("_", Identifiers.upperSnake("--"));
        assertEquals("SHOP_ORDER_LINE", Identifiers.upperSnake(ClassName.get("x", "Shop", "OrderLine")));
    }

    @Test
    void lowerCamel() {
        assertEquals("orderApi", Identifiers.lowerCamel(ClassName.get("x", "OrderApi")));
        assertEquals("urlService", Identifiers.lowerCamel(ClassName.get("x", "URLService")));
        assertEquals("api", Identifiers.lowerCamel(ClassName.get("x", "API")));
        assertEquals("inner", Identifiers.lowerCamel(ClassName.get("x", "Outer", "Inner")));
        assertEquals("lower", Identifiers.lowerCamel(ClassName.get("x", "lower")));
    }

    @Test
    void pathTemplates() {
        assertEquals(List.of(new PathTemplate.Literal("/orders/"), new PathTemplate.Variable("id"),
                        new PathTemplate.Literal("/lines")),
                PathTemplate.parse("/orders/{id}/lines").parts());
        assertEquals(List.of(new PathTemplate.Literal("/a/"), new PathTemplate.Variable("id"),
                        new PathTemplate.Variable("rest")),
                PathTemplate.parse("/a/{id:\\d+}{rest}").parts());
        assertEquals(List.of(new PathTemplate.Literal("/open{brace")), PathTemplate.parse("/open{brace").parts());
        assertEquals(List.of("a", "b"), PathTemplate.parse("/{a}/x/{b}").variables());
        assertEquals(List.of(), PathTemplate.parse("").parts());
    }
}
