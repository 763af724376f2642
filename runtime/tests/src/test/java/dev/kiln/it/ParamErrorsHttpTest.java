package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.boot.KilnHandle;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad parameter, from every source, answers 400 {@code application/problem+json} whose
 * detail names the parameter, where it was, the expected form and the value received, and whose
 * {@code errors[0]} says the same for machines.
 */
class ParamErrorsHttpTest {
    private static final String UUID_FORM = "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
    private static final String LONG_FORM = "an integer from -9223372036854775808 to 9223372036854775807 (long)";

    private static KilnHandle app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        app = TestServer.start();
        http = new RawHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** One bad value for a scalar, and the form the error message says was expected. */
    private record Bad(String name, String raw, String expected) {}

    /** One bad value per scalar kind, each fit to travel in a path segment, a query and a header. */
    private static List<Bad> badPerKind() {
        return List.of(
                new Bad("b", "yes", "true or false"),
                new Bad("by", "300", "an integer from -128 to 127 (byte)"),
                new Bad("s", "-32769", "an integer from -32768 to 32767 (short)"),
                new Bad("i", "abc", "an integer from -2147483648 to 2147483647 (int)"),
                new Bad("l", "9223372036854775808", LONG_FORM),
                new Bad("f", "3.5e38", "a decimal number within float range such as 1.5"),
                new Bad("d", "1e400", "a decimal number (double) such as 1.5"),
                new Bad("c", "ab", "exactly one character"),
                new Bad("color", "PURPLE", "one of RED, GREEN, BLUE"),
                new Bad("uuid", "123e4567-e89b-12d3-a456-42661417400g", UUID_FORM),
                new Bad("dec", "1.2.3", "a decimal number such as 12.50"),
                new Bad("big", "12e3", "an integer such as 12345678901234567890"),
                new Bad("date", "2024-02-30", "an ISO-8601 date such as 2024-01-31"),
                new Bad("dateTime", "2024-01-31 10:15:30", "an ISO-8601 local date-time such as 2024-01-31T10:15:30"),
                new Bad("offset", "2024-01-31T10:15:30",
                        "an ISO-8601 date-time with offset such as 2024-01-31T10:15:30+01:00"),
                new Bad("instant", "2024-01-31", "an ISO-8601 instant such as 2024-01-31T10:15:30Z"),
                new Bad("duration", "10s", "an ISO-8601 duration such as PT10S"));
    }

    /** Values only a query can carry, or that probe one converter's edges further. */
    private static List<Bad> moreQueryOnly() {
        return List.of(
                new Bad("i", "", "an integer from -2147483648 to 2147483647 (int)"),
                new Bad("i", "1.0", "an integer from -2147483648 to 2147483647 (int)"),
                new Bad("i", " 5", "an integer from -2147483648 to 2147483647 (int)"),
                new Bad("i", "٤٢", "an integer from -2147483648 to 2147483647 (int)"),
                new Bad("i", "2147483648", "an integer from -2147483648 to 2147483647 (int)"),
                new Bad("by", "-129", "an integer from -128 to 127 (byte)"),
                new Bad("l", "-99999999999999999999999", LONG_FORM),
                new Bad("f", "0x1p3", "a decimal number within float range such as 1.5"),
                new Bad("d", "1d", "a decimal number (double) such as 1.5"),
                new Bad("d", "nan", "a decimal number (double) such as 1.5"),
                new Bad("b", "1", "true or false"),
                new Bad("c", "", "exactly one character"),
                new Bad("color", "red", "one of RED, GREEN, BLUE"),
                new Bad("uuid", "1-1-1-1-1", UUID_FORM),
                new Bad("dec", "NaN", "a decimal number such as 12.50"),
                new Bad("big", "-", "an integer such as 12345678901234567890"),
                new Bad("date", "31/01/2024", "an ISO-8601 date such as 2024-01-31"),
                new Bad("duration", "P1Y", "an ISO-8601 duration such as PT10S"));
    }

    static Stream<Arguments> badPathValues() {
        return badPerKind().stream().map(bad -> Arguments.of(bad.name(), bad.raw(), bad.expected()));
    }

    static Stream<Arguments> badQueryValues() {
        List<Bad> all = new ArrayList<>(badPerKind());
        all.addAll(moreQueryOnly());
        return all.stream().map(bad -> Arguments.of(bad.name(), bad.raw(), bad.expected()));
    }

    static Stream<Arguments> badHeaderValues() {
        return badPathValues();
    }

    @ParameterizedTest(name = "path {0}={1}")
    @MethodSource("badPathValues")
    void badPathValueIs400NamingIt(String name, String raw, String expected) {
        Map<String, String> values = Wire.validScalars();
        values.put(name, raw);

        assertParamProblem(http.get(Wire.path(values)), "Path parameter", name, "path",
                " must be " + expected + ", but was '" + raw + "'");
    }

    @ParameterizedTest(name = "query {0}={1}")
    @MethodSource("badQueryValues")
    void badQueryValueIs400NamingIt(String name, String raw, String expected) {
        Map<String, String> values = Wire.validScalars();
        values.put(name, raw);

        assertParamProblem(http.get("/scalars/query?" + Wire.query(values)), "Query parameter", name, "query",
                " must be " + expected + ", but was '" + raw + "'");
    }

    @ParameterizedTest(name = "header {0}={1}")
    @MethodSource("badHeaderValues")
    void badHeaderValueIs400NamingIt(String name, String raw, String expected) {
        Map<String, String> values = Wire.validScalars();
        values.put(name, raw);
        String header = Wire.HEADER_NAMES.get(name);

        assertParamProblem(http.get("/scalars/headers", Wire.headers(values)), "Header", header, "header",
                " must be " + expected + ", but was '" + raw + "'");
    }

    @Test
    void aLongBadValueIsClippedInTheMessage() {
        Map<String, String> values = Wire.validScalars();
        values.put("str", "ok");
        values.put("i", "9".repeat(100));

        assertParamProblem(http.get("/scalars/query?" + Wire.query(values)), "Query parameter", "i", "query",
                " must be an integer from -2147483648 to 2147483647 (int), but was '" + "9".repeat(61) + "...'");
    }

    @Test
    void missingRequiredQueryParameterIs400() {
        Map<String, String> values = Wire.validScalars();
        values.remove("uuid");

        assertParamProblem(http.get("/scalars/query?" + Wire.query(values)), "Query parameter", "uuid", "query",
                " is required");
    }

    @Test
    void missingRequiredStringQueryParameterIs400() {
        Map<String, String> values = Wire.validScalars();
        values.remove("str");

        assertParamProblem(http.get("/scalars/query?" + Wire.query(values)), "Query parameter", "str", "query",
                " is required");
    }

    @Test
    void missingRequiredHeaderIs400() {
        Map<String, String> values = Wire.validScalars();
        values.remove("dateTime");

        assertParamProblem(http.get("/scalars/headers", Wire.headers(values)), "Header", "X-Date-Time", "header",
                " is required");
    }

    @Test
    void missingRequiredEnumQueryParameterIs400() {
        assertParamProblem(http.get("/documents/color"), "Query parameter", "color", "query", " is required");
    }

    @Test
    void badEnumQueryParameterListsTheAllowedConstants() {
        assertParamProblem(http.get("/documents/color?color=Red"), "Query parameter", "color", "query",
                " must be one of RED, GREEN, BLUE, but was 'Red'");
    }

    @Test
    void badOptionalQueryValueIs400RatherThanEmpty() {
        assertParamProblem(http.get("/scalars/shapes?maybe=1.5"), "Query parameter", "maybe", "query",
                " must be an integer from -2147483648 to 2147483647 (int), but was '1.5'");
        assertParamProblem(http.get("/scalars/shapes?since=tomorrow"), "Query parameter", "since", "query",
                " must be an ISO-8601 date such as 2024-01-31, but was 'tomorrow'");
    }

    @Test
    void badValueOverridingADefaultIs400RatherThanTheDefault() {
        assertParamProblem(http.get("/scalars/shapes?page=abc"), "Query parameter", "page", "query",
                " must be an integer from -2147483648 to 2147483647 (int), but was 'abc'");
        assertParamProblem(http.get("/scalars/shapes?tint=PINK"), "Query parameter", "tint", "query",
                " must be one of RED, GREEN, BLUE, but was 'PINK'");
    }

    @Test
    void oneBadElementOfARepeatedParameterIs400() {
        assertParamProblem(http.get("/scalars/shapes?id=1&id=abc&id=3"), "Query parameter", "id", "query",
                " must be " + LONG_FORM + ", but was 'abc'");
        assertParamProblem(http.get("/scalars/shapes", "X-Flag", "true", "X-Flag", "maybe"), "Header", "X-Flag",
                "header", " must be true or false, but was 'maybe'");
    }

    @Test
    void badOptionalHeaderIs400() {
        assertParamProblem(http.get("/scalars/shapes", "X-Trace", "not-a-uuid"), "Header", "X-Trace", "header",
                " must be " + UUID_FORM + ", but was 'not-a-uuid'");
    }

    @Test
    void malformedPercentEncodingInTheQueryIs400() {
        RawSocket.Response response = RawSocket.get(app.port(), "/scalars/shapes?tag=%ZZ");

        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        RawHttp.assertNoLeak(response.body());
        Map<String, Object> problem = JsonTree.object(response.body());
        assertEquals("/scalars/shapes", problem.get("instance"));
        assertEquals("The request is malformed: Query has non hexadecimal char in % encoding: tag=%ZZ, index: 5,"
                + " char: 'Z'", RawHttp.detail(problem));
    }

    @Test
    void malformedPercentEncodingInThePathIs400() {
        RawSocket.Response response = RawSocket.get(app.port(), "/documents/%ZZ");

        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        RawHttp.assertNoLeak(response.body());
        assertEquals("The request is malformed (Bad Request): check its request line, headers and encoding",
                RawHttp.detail(JsonTree.object(response.body())));
    }

    /** Checks status, media type, detail and the single {@code errors[]} entry of a parameter problem. */
    private static void assertParamProblem(HttpResponse<String> response, String label, String name, String in,
                                           String rest) {
        Map<String, Object> problem = RawHttp.problem(response, 400);
        String detail = label + " '" + name + "'" + rest;
        assertEquals(detail, RawHttp.detail(problem));
        assertEquals("Bad Request", problem.get("title"));
        assertEquals("about:blank", problem.get("type"));
        assertEquals(List.of(Map.of("parameter", name, "in", in, "detail", detail)), RawHttp.errors(problem));
    }
}
