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
 * Constraints on path, query and header parameters of {@link ValidationApi#params}, at their boundaries,
 * through real HTTP: a violation is a 400 whose error names the parameter and where it was, and every
 * violation of a request is answered together.
 */
class ParamValidationHttpTest {
    private static final String GOOD_QUERY = "limit=10&search=abc&tag=a&tag=b&label=x";

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

    static Stream<Arguments> boundaries() {
        return Stream.of(
                ok("the smallest positive id", "/1?" + GOOD_QUERY, "c", "t"),
                bad("a zero id", "/0?" + GOOD_QUERY, "c", "t", "id", "path", "must be greater than 0"),
                bad("a negative id", "/-3?" + GOOD_QUERY, "c", "t", "id", "path", "must be greater than 0"),
                ok("the default limit", "/1?search=abc", "c", "t"),
                ok("the smallest limit", "/1?limit=1", "c", "t"),
                ok("the largest limit", "/1?limit=100", "c", "t"),
                bad("a zero limit", "/1?limit=0", "c", "t", "limit", "query", "must be at least 1"),
                bad("a limit over the maximum", "/1?limit=101", "c", "t", "limit", "query", "must be at most 100"),
                ok("no search: an empty Optional passes", "/1", "c", "t"),
                ok("the longest search", "/1?search=abcdefgh", "c", "t"),
                bad("a search too short", "/1?search=ab", "c", "t", "search", "query", "size must be between 3 and 8"),
                bad("a search too long", "/1?search=abcdefghi", "c", "t", "search", "query",
                        "size must be between 3 and 8"),
                bad("a second tag in upper case", "/1?tag=abc&tag=ABC", "c", "t", "tag", "query",
                        "value 2: must match ^[a-z]+$"),
                ok("two labels", "/1?label=x&label=y", "c", "t"),
                bad("three labels", "/1?label=x&label=y&label=z", "c", "t", "label", "query",
                        "size must be at most 2"),
                bad("a blank client header", "/1", " ", "t", "X-Client", "header", "must not be blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void eachParameterConstraintAtItsBoundary(String description, String pathAndQuery, String client, String trace,
                                              String parameter, String in, String message) {
        HttpResponse<String> response = get(pathAndQuery, client, trace);

        if (parameter == null) {
            assertEquals(200, response.statusCode(), response.body());
            return;
        }
        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertEquals("Request validation failed: 1 violation", RawHttp.detail(problem));
        assertEquals(List.of(Map.of("parameter", parameter, "in", in, "detail", message)), RawHttp.errors(problem));
    }

    @Test
    void theServiceReceivesWhatPassed() {
        HttpResponse<String> response = get("/7?" + GOOD_QUERY, "cli", "t1");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("7 10 abc [a, b] [x] cli [t1]", response.body());
    }

    @Test
    void aMissingRepeatedHeaderBreaksNotEmpty() {
        HttpResponse<String> response = http.get("/validation/params/1", "X-Client", "c");

        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertEquals(List.of(Map.of("parameter", "X-Trace", "in", "header", "detail", "must not be empty")),
                RawHttp.errors(problem));
    }

    @Test
    void everyParameterViolationIsReportedTogetherInDeclarationOrder() {
        HttpResponse<String> response = get("/0?limit=0&search=x&tag=ok&tag=NO&tag=No&label=a&label=b&label=c", "  ",
                "t");

        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertEquals("Request validation failed: 7 violations", RawHttp.detail(problem));
        List<String> found = new ArrayList<>();
        for (Map<String, Object> error : RawHttp.errors(problem)) {
            found.add(error.get("in") + " " + error.get("parameter") + ": " + error.get("detail"));
        }
        assertEquals(List.of(
                "path id: must be greater than 0",
                "query limit: must be at least 1",
                "query search: size must be between 3 and 8",
                "query tag: value 2: must match ^[a-z]+$",
                "query tag: value 3: must match ^[a-z]+$",
                "query label: size must be at most 2",
                "header X-Client: must not be blank"), found);
    }

    @Test
    void aConversionErrorStillComesFirstAndAlone() {
        Map<String, Object> problem = RawHttp.problem(get("/1?limit=lots", "c", "t"), 400);

        assertEquals(1, RawHttp.errors(problem).size());
        assertEquals("limit", RawHttp.errors(problem).getFirst().get("parameter"));
        assertEquals("Query parameter 'limit' must be an integer from -2147483648 to 2147483647 (int), but was 'lots'",
                RawHttp.detail(problem));
    }

    private static HttpResponse<String> get(String pathAndQuery, String client, String trace) {
        return http.get("/validation/params" + pathAndQuery, "X-Client", client, "X-Trace", trace);
    }

    private static Arguments ok(String description, String pathAndQuery, String client, String trace) {
        return Arguments.of(description, pathAndQuery, client, trace, null, null, null);
    }

    private static Arguments bad(String description, String pathAndQuery, String client, String trace,
                                 String parameter, String in, String message) {
        return Arguments.of(description, pathAndQuery, client, trace, parameter, in, message);
    }
}
