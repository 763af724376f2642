package dev.kiln.it;

import static dev.kiln.it.Wire.assertNumber;
import static dev.kiln.it.Wire.assertString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.runtime.boot.KilnHandle;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every scalar type bound from the path, the query and headers by the generated {@code ScalarsApiRouter},
 * sent by a plain JDK client and read back from the echoed JSON.
 */
class ScalarParamsHttpTest {
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

    @Test
    void pathBindsEveryScalarIncludingNegativesUnicodeAndPercentEncodedText() {
        String target = "/scalars/path/true/-5/-300/-70000/-9000000000/1.5/-2.25e3/%C3%A9"
                + "/h%C3%A9llo%20w%2Bo%26r%3Fld%25%3D%3B%E2%82%AC%F0%9F%98%80/BLUE/123E4567-E89B-12D3-A456-426614174000"
                + "/3.14159265358979323846264338327950288419716939937510/123456789012345678901234567890"
                + "/2024-02-29/2024-01-31T10:15:30.123/2024-01-31T10:15:30+09:00/2024-01-31T10:15:30.5Z/P2DT3H4.5S";
        HttpResponse<String> response = http.get(target);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> json = JsonTree.object(response.body());
        assertEquals(true, json.get("b"));
        assertNumber(json, "by", "-5");
        assertNumber(json, "s", "-300");
        assertNumber(json, "i", "-70000");
        assertNumber(json, "l", "-9000000000");
        assertNumber(json, "f", "1.5");
        assertNumber(json, "d", "-2250.0");
        assertString(json, "c", "é");
        assertString(json, "str", "héllo w+o&r?ld%=;€😀");
        assertString(json, "color", "BLUE");
        // Upper-case hex is accepted and normalised.
        assertString(json, "uuid", "123e4567-e89b-12d3-a456-426614174000");
        assertNumber(json, "dec", "3.14159265358979323846264338327950288419716939937510");
        assertNumber(json, "big", "123456789012345678901234567890");
        assertString(json, "date", "2024-02-29");
        assertString(json, "dateTime", "2024-01-31T10:15:30.123");
        assertString(json, "offset", "2024-01-31T10:15:30+09:00");
        assertString(json, "instant", "2024-01-31T10:15:30.500Z");
        assertString(json, "duration", "PT51H4.5S");
    }

    @Test
    void queryBindsEveryScalarAtTheEdgesOfItsRange() {
        String target = "/scalars/query?b=FALSE&by=-128&s=32767&i=-2147483648&l=9223372036854775807&f=-0.5&d=1e-300"
                + "&c=%E2%82%AC&str=a%2Bb%26c%3Dd%20%C3%BC%F0%9F%98%80%25&color=GREEN"
                + "&uuid=00000000-0000-0000-0000-000000000000"
                + "&dec=-0.000000000000000000000000000000000001&big=-98765432109876543210987654321098765432"
                + "&date=0001-01-01&dateTime=2024-12-31T23:59:59.999999999&offset=2024-06-01T00:00-12:00"
                + "&instant=1969-12-31T23:59:59Z&duration=-PT0.001S";
        HttpResponse<String> response = http.get(target);

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = JsonTree.object(response.body());
        assertEquals(false, json.get("b"));
        assertNumber(json, "by", "-128");
        assertNumber(json, "s", "32767");
        assertNumber(json, "i", "-2147483648");
        assertNumber(json, "l", "9223372036854775807");
        assertNumber(json, "f", "-0.5");
        assertNumber(json, "d", "1.0E-300");
        assertString(json, "c", "€");
        assertString(json, "str", "a+b&c=d ü😀%");
        assertString(json, "color", "GREEN");
        assertString(json, "uuid", "00000000-0000-0000-0000-000000000000");
        assertNumber(json, "dec", "-1E-36");
        assertNumber(json, "big", "-98765432109876543210987654321098765432");
        assertString(json, "date", "0001-01-01");
        assertString(json, "dateTime", "2024-12-31T23:59:59.999999999");
        assertString(json, "offset", "2024-06-01T00:00-12:00");
        assertString(json, "instant", "1969-12-31T23:59:59Z");
        assertString(json, "duration", "PT-0.001S");
    }

    @Test
    void queryTreatsPlusAsSpaceAndKeepsAnEncodedPlus() {
        HttpResponse<String> response = http.get("/scalars/shapes?tag=a+b&tag=a%2Bb&tag=a%20b");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("a b", "a+b", "a b"), JsonTree.at(JsonTree.parse(response.body()), "tags"));
    }

    @Test
    void headersBindEveryScalar() {
        HttpResponse<String> response = http.get("/scalars/headers",
                "X-B", "True", "X-By", "127", "X-S", "-32768", "X-I", "2147483647", "X-L", "-9223372036854775808",
                "X-F", "3.4e38", "X-D", "-1.7976931348623157E308", "X-C", "~",
                "X-Str", "plain, with comma; and = signs",
                "X-Color", "RED", "X-Uuid", "f47ac10b-58cc-4372-a567-0e02b2c3d479", "X-Dec", "1234567890.0987654321",
                "X-Big", "18446744073709551616", "X-Date", "2000-02-29", "X-Date-Time", "1999-12-31T23:59",
                "X-Offset", "2024-01-31T10:15:30.25-03:30", "X-Instant", "2038-01-19T03:14:08Z", "X-Duration", "P1D");

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = JsonTree.object(response.body());
        assertEquals(true, json.get("b"));
        assertNumber(json, "by", "127");
        assertNumber(json, "s", "-32768");
        assertNumber(json, "i", "2147483647");
        assertNumber(json, "l", "-9223372036854775808");
        assertNumber(json, "f", "3.4E38");
        assertNumber(json, "d", "-1.7976931348623157E308");
        assertString(json, "c", "~");
        assertString(json, "str", "plain, with comma; and = signs");
        assertString(json, "color", "RED");
        assertString(json, "uuid", "f47ac10b-58cc-4372-a567-0e02b2c3d479");
        assertNumber(json, "dec", "1234567890.0987654321");
        assertNumber(json, "big", "18446744073709551616");
        assertString(json, "date", "2000-02-29");
        assertString(json, "dateTime", "1999-12-31T23:59");
        assertString(json, "offset", "2024-01-31T10:15:30.250-03:30");
        assertString(json, "instant", "2038-01-19T03:14:08Z");
        assertString(json, "duration", "PT24H");
    }

    @Test
    void nonFiniteDoublesAndFloatsAreAcceptedAndEchoedAsStrings() {
        Map<String, String> values = Wire.validScalars();
        values.put("f", "NaN");
        values.put("d", "-Infinity");
        HttpResponse<String> response = http.get("/scalars/query?" + Wire.query(values));

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = JsonTree.object(response.body());
        assertString(json, "f", "NaN");
        assertString(json, "d", "-Infinity");
    }

    @Test
    void boxedParametersBindWhenPresent() {
        HttpResponse<String> response = http.get("/scalars/boxed?b=false&by=-1&s=-2&i=-3&l=-4&f=-5.5&d=-6.75&c=%C3%9F");

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = JsonTree.object(response.body());
        assertEquals(false, json.get("b"));
        assertNumber(json, "by", "-1");
        assertNumber(json, "s", "-2");
        assertNumber(json, "i", "-3");
        assertNumber(json, "l", "-4");
        assertNumber(json, "f", "-5.5");
        assertNumber(json, "d", "-6.75");
        assertString(json, "c", "ß");
    }

    /**
     * A boxed, non-Optional query parameter is required like a primitive one: the generated handler
     * wraps it in {@code Params.required(...)}, so absence is a 400, never a null passed to the service.
     */
    @Test
    void absentBoxedParameterIsRequiredNotNull() {
        HttpResponse<String> response = http.get("/scalars/boxed?b=true&by=1&s=2&l=4&f=5&d=6&c=c");

        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertEquals("Query parameter 'i' is required", RawHttp.detail(problem));
        assertEquals(List.of(Map.of("parameter", "i", "in", "query", "detail", "Query parameter 'i' is required")),
                RawHttp.errors(problem));
    }

    @Test
    void shapesUseDefaultsAndEmptinessWhenNothingIsSent() {
        HttpResponse<String> response = http.get("/scalars/shapes");

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = JsonTree.object(response.body());
        // Optional.empty() is left out of the JSON.
        assertFalse(json.containsKey("maybe"), response.body());
        assertFalse(json.containsKey("since"), response.body());
        assertFalse(json.containsKey("trace"), response.body());
        assertNumber(json, "page", "7");
        assertString(json, "tint", "GREEN");
        assertEquals(List.of(), json.get("tags"));
        assertEquals(List.of(), json.get("ids"));
        assertEquals(List.of(), json.get("flags"));
        assertString(json, "mode", "fast");
    }

    @Test
    void shapesBindOptionalsOverrideDefaultsAndCollectRepeatedValues() {
        HttpResponse<String> response = http.get(
                "/scalars/shapes?maybe=-3&page=2&tint=BLUE&tag=b&tag=a&tag=b&tag=%E2%82%AC&tag=&id=5&id=-1&id=5&id=9"
                        + "&since=2024-02-29",
                "X-Trace", "123e4567-e89b-12d3-a456-426614174000", "X-Flag", "true", "X-Flag", "FALSE",
                "X-Flag", "true", "X-Mode", "slow");

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = JsonTree.object(response.body());
        assertNumber(json, "maybe", "-3");
        assertNumber(json, "page", "2");
        assertString(json, "tint", "BLUE");
        // A list keeps order and duplicates; a set keeps first-seen order without duplicates.
        assertEquals(List.of("b", "a", "b", "€", ""), json.get("tags"));
        assertEquals(List.of(5, -1, 9), json.get("ids"));
        assertString(json, "since", "2024-02-29");
        assertString(json, "trace", "123e4567-e89b-12d3-a456-426614174000");
        assertEquals(List.of(true, false, true), json.get("flags"));
        assertString(json, "mode", "slow");
    }

    @Test
    void aDefaultedHeaderIsOverriddenEvenByAnEmptyValue() {
        HttpResponse<String> response = http.get("/scalars/shapes", "X-Mode", "");

        assertEquals(200, response.statusCode(), response.body());
        assertString(JsonTree.object(response.body()), "mode", "");
    }

    /** Documented limit (ARCHITECTURE "Rules worth knowing"): Helidon decodes the path before matching. */
    @Test
    void anEncodedSlashInAPathParameterMatchesNoRoute() {
        Map<String, String> values = Wire.validScalars();
        values.put("str", "a/b");
        HttpResponse<String> response = http.get(Wire.path(values));

        Map<String, Object> problem = RawHttp.problem(response, 404);
        assertEquals("urn:kiln:problem:no-route", problem.get("type"));
    }

    /**
     * RFC 9110 section 5.3: a list-valued field may arrive as one comma-separated line instead of repeated
     * lines (proxies are allowed to combine them), with the same meaning.
     */
    @Test
    void aCommaSeparatedListHeaderBindsLikeRepeatedLines() {
        HttpResponse<String> response = http.get("/scalars/shapes", "X-Flag", "true, false");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(true, false), JsonTree.at(JsonTree.parse(response.body()), "flags"));
    }
}
