package dev.kiln.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every converter, through query, header and path, with good and bad text. */
class ParamsHttpTest {
    private static KilnHandle app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = TestApps.start(new OrderService(), Map.of());
        http = new Http(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest(name = "{0} ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
        "int|-2147483648|-2147483648",
        "int|+42|42",
        "long|9223372036854775807|9223372036854775807",
        "short|-32768|-32768",
        "byte|127|127",
        "double|-1.5e3|-1500.0",
        "double|NaN|NaN",
        "float|0.25|0.25",
        "boolean|TRUE|true",
        "boolean|false|false",
        "char|é|é",
        "string|hello world|hello world",
        "uuid|123e4567-e89b-12d3-a456-426614174000|123e4567-e89b-12d3-a456-426614174000",
        "bigdecimal|12.50|12.50",
        "biginteger|123456789012345678901234567890|123456789012345678901234567890",
        "localdate|2024-02-29|2024-02-29",
        "localdatetime|2024-01-31T10:15:30|2024-01-31T10:15:30",
        "offsetdatetime|2024-01-31T10:15:30+01:00|2024-01-31T10:15:30+01:00",
        "instant|2024-01-31T10:15:30Z|2024-01-31T10:15:30Z",
        "duration|PT1.5S|PT1.5S",
        "enum|GREEN|GREEN",
    })
    void convertsGoodText(String kind, String raw, String expected) {
        HttpResponse<String> query = http.get("/convert/query/" + kind + "?v=" + encode(raw));
        assertEquals(200, query.statusCode(), query.body());
        assertEquals(kind + ":" + expected, query.body());
        HttpResponse<String> header = http.get("/convert/header/" + kind, "X-V", raw.equals("é") ? "e" : raw);
        assertEquals(200, header.statusCode(), header.body());
        HttpResponse<String> path = http.get("/convert/path/" + kind + "/" + encode(raw).replace("+", "%20"));
        assertEquals(kind + ":" + expected, path.body());
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "int|2147483648|an integer from -2147483648 to 2147483647 (int)",
        "int|1.5|an integer from -2147483648 to 2147483647 (int)",
        "int|١٢|an integer from -2147483648 to 2147483647 (int)",
        "long|99999999999999999999|an integer from -9223372036854775808 to 9223372036854775807 (long)",
        "short|40000|an integer from -32768 to 32767 (short)",
        "byte|128|an integer from -128 to 127 (byte)",
        "double|1d|a decimal number (double) such as 1.5",
        "double|1e999|a decimal number (double) such as 1.5",
        "double|0x1p3|a decimal number (double) such as 1.5",
        "float|1e39|a decimal number within float range such as 1.5",
        "boolean|yes|true or false",
        "boolean|1|true or false",
        "char|ab|exactly one character",
        "uuid|1-1-1-1-1|a UUID such as 123e4567-e89b-12d3-a456-426614174000",
        "bigdecimal|12,5|a decimal number such as 12.50",
        "biginteger|1.0|an integer such as 12345678901234567890",
        "localdate|2024-02-30|an ISO-8601 date such as 2024-01-31",
        "localdatetime|2024-01-31|an ISO-8601 local date-time such as 2024-01-31T10:15:30",
        "offsetdatetime|2024-01-31T10:15:30|an ISO-8601 date-time with offset such as 2024-01-31T10:15:30+01:00",
        "instant|yesterday|an ISO-8601 instant such as 2024-01-31T10:15:30Z",
        "duration|10s|an ISO-8601 duration such as PT10S",
        "enum|green|one of RED, GREEN, BLUE",
    })
    void rejectsBadTextNamingParameterAndForm(String kind, String raw, String expected) {
        HttpResponse<String> response = http.get("/convert/query/" + kind + "?v=" + encode(raw));
        assertEquals(400, response.statusCode(), response.body());
        Problem problem = Http.problem(response);
        assertEquals("Query parameter 'v' must be " + expected + ", but was '" + raw + "'", problem.detail());
        assertEquals(ProblemError.parameter("v", "query", problem.detail()), problem.errors().getFirst());

        Problem header = Http.problem(http.get("/convert/header/" + kind, "X-V", raw.equals("١٢") ? "x" : raw));
        assertTrue(header.detail().startsWith("Header 'X-V' must be "), header.detail());
        assertEquals("header", header.errors().getFirst().in());
    }

    @Test
    void missingRequiredParameterIs400() {
        Problem problem = Http.problem(http.get("/convert/query/int"));
        assertEquals("Query parameter 'v' is required", problem.detail());
        Problem header = Http.problem(http.get("/convert/header/string"));
        assertEquals("Header 'X-V' is required", header.detail());
    }

    @Test
    void optionalDefaultRepeatedAndBoxedShapes() {
        assertEquals("maybe=Optional.empty page=7 tags=[] ids=[] boxed=null trace=Optional.empty headerTags=[]",
                http.get("/shapes").body());
        assertEquals("maybe=Optional[5] page=2 tags=[a, b c, a] ids=[3, 1] boxed=-4 trace=Optional[abc] headerTags=[x, y]",
                http.get("/shapes?maybe=5&page=2&tag=a&tag=b%20c&tag=a&id=3&id=1&id=3&boxed=-4",
                        "X-Trace", "abc", "X-Tag", "x", "X-Tag", "y").body());
        // RFC 9110 list-valued fields: members of one line and repeated lines alike; quoted-strings keep their
        // commas and escaped quotes (what the typed client sends for such members); empty members dropped.
        assertEquals("maybe=Optional.empty page=7 tags=[] ids=[] boxed=null trace=Optional.empty"
                        + " headerTags=[x, y, z, a, b, c\"d, e\\f]",
                http.get("/shapes", "X-Tag", "x, y ,, z", "X-Tag", "\"a, b\", \"c\\\"d\"", "X-Tag", "e\\f").body());
        Problem badListElement = Http.problem(http.get("/shapes?id=1&id=two"));
        assertTrue(badListElement.detail().startsWith("Query parameter 'id' must be an integer"), badListElement.detail());
        Problem badOptional = Http.problem(http.get("/shapes?maybe=x"));
        assertEquals("maybe", badOptional.errors().getFirst().parameter());
    }

    private static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8);
    }
}
