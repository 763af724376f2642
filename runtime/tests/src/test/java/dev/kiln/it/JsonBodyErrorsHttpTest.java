package dev.kiln.it;

import static dev.kiln.it.Fixtures.list;
import static dev.kiln.it.Fixtures.object;
import static dev.kiln.it.Fixtures.objectAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON bodies that do not fit the generated codecs: each is a 400 whose detail and {@code errors[0].pointer}
 * name the offending value by RFC 6901 pointer, nested ones included. Unknown properties are not errors.
 */
class JsonBodyErrorsHttpTest {
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

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("missing title", doc -> doc.remove("title"),
                        "/title", "required property 'title' is missing or null"),
                broken("null title", doc -> doc.put("title", null),
                        "/title", "required property 'title' is missing or null"),
                broken("null boxed version", doc -> doc.put("version", null),
                        "/version", "required property 'version' is missing or null"),
                broken("missing collection", doc -> doc.remove("tags"),
                        "/tags", "required property 'tags' is missing or null"),
                broken("missing nested heading", doc -> objectAt(doc, "sections", 0).remove("heading"),
                        "/sections/0/heading", "required property 'heading' is missing or null"),
                broken("null deep author name",
                        doc -> objectAt(doc, "sections", 1, "contributors", "lead", 0).put("name", null),
                        "/sections/1/contributors/lead/0/name", "required property 'name' is missing or null"),
                broken("missing author name", doc -> objectAt(doc, "author").remove("name"),
                        "/author/name", "required property 'name' is missing or null"),
                broken("present Optional record missing its name", doc -> doc.put("reviewer", object()),
                        "/reviewer/name", "required property 'name' is missing or null"),
                broken("number where string", doc -> doc.put("id", 5),
                        "/id", "expected a string but got the integer 5"),
                broken("number where Optional string", doc -> doc.put("summary", 1.5),
                        "/summary", "expected a string but got the decimal number 1.5"),
                broken("string where object", doc -> doc.put("author", "Ada"),
                        "/author", "expected an object but got the string \"Ada\""),
                broken("object where array", doc -> doc.put("sections", object()),
                        "/sections", "expected an array but got an object"),
                broken("string where number in a map", doc -> doc.put("counts", object("views", "3")),
                        "/counts/views", "expected an integer (int) but got the string \"3\""),
                broken("decimal in a long array", doc -> doc.put("checksums", list(1, 2.5)),
                        "/checksums/1", "expected an integer (long) but got the decimal number 2.5"),
                broken("null inside a set", doc -> doc.put("tags", list("a", null)),
                        "/tags/1", "null is not allowed here"),
                broken("boolean inside a paragraph list",
                        doc -> objectAt(doc, "sections", 0).put("paragraphs", list("ok", true)),
                        "/sections/0/paragraphs/1", "expected a string but got a boolean"),
                broken("unknown enum constant", doc -> doc.put("color", "PURPLE"),
                        "/color", "expected one of RED, GREEN, BLUE but got the string \"PURPLE\""),
                broken("int overflow", doc -> doc.put("version", 3_000_000_000L),
                        "/version", "expected an integer (int) but the number is out of range"),
                broken("bad base64", doc -> doc.put("thumbnail", "***"),
                        "/thumbnail", "expected base64-encoded bytes but the string is not valid base64"),
                broken("bad instant", doc -> doc.put("created", "yesterday"),
                        "/created", "expected an ISO-8601 instant such as 2024-01-31T10:15:30Z but got the string"
                                + " \"yesterday\""));
    }

    private static Arguments broken(String what, Consumer<Map<String, Object>> change, String pointer, String message) {
        return Arguments.of(what, change, pointer, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocumentIs400WithItsPointer(String what, Consumer<Map<String, Object>> change, String pointer,
                                           String message) {
        Map<String, Object> doc = Fixtures.json("broken");
        change.accept(doc);

        assertJsonProblem(http.send("POST", "/documents", "application/json", JsonTree.write(doc)), pointer, message);
    }

    @Test
    void pointerIntoAListBodyStartsWithTheElementIndex() {
        Map<String, Object> second = Fixtures.json("b2");
        objectAt(second, "sections", 0).remove("heading");
        String body = JsonTree.write(list(Fixtures.json("b1"), second));

        assertJsonProblem(http.send("POST", "/documents/batch", "application/json", body), "/1/sections/0/heading",
                "required property 'heading' is missing or null");
    }

    @Test
    void wrongShapesOfTheWholeBodyPointAtTheRoot() {
        assertJsonProblem(http.send("POST", "/documents", "application/json", "[]"), "",
                "expected an object but got an array");
        assertJsonProblem(http.send("POST", "/documents", "application/json", "\"doc\""), "",
                "expected an object but got the string \"doc\"");
        assertJsonProblem(http.send("POST", "/documents", "application/json", "null"), "",
                "expected an object but got null");
        assertJsonProblem(http.send("PUT", "/documents/x/tags", "application/json", "{\"a\":1}"), "",
                "expected an array but got an object");
        assertJsonProblem(http.send("PATCH", "/documents/x/scores", "application/json", "[1,\"2\"]"), "/1",
                "expected an integer (int) but got the string \"2\"");
        assertJsonProblem(http.send("POST", "/documents/echo-map", "application/json", "{\"a\":null}"), "/a",
                "null is not allowed here");
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        HttpResponse<String> response = http.send("POST", "/documents", "application/json", "{\n  \"id\" 1}");

        Map<String, Object> problem = RawHttp.problem(response, 400);
        String detail = RawHttp.detail(problem);
        assertTrue(detail.startsWith("Invalid JSON body: "), detail);
        assertTrue(detail.contains("malformed JSON: Unexpected character ('1' (code 49))"), detail);
        assertTrue(detail.endsWith("(line 2, column 8)"), detail);
        assertEquals(1, RawHttp.errors(problem).size());
    }

    @Test
    void truncatedJsonIs400() {
        HttpResponse<String> response = http.send("POST", "/documents", "application/json", "{\"id\": \"a\", ");

        String detail = RawHttp.detail(RawHttp.problem(response, 400));
        assertTrue(detail.contains("malformed JSON: Unexpected end-of-input"), detail);
    }

    @Test
    void singleQuotesAndCommentsAreNotJson() {
        String detail = RawHttp.detail(RawHttp.problem(
                http.send("POST", "/documents/echo-map", "application/json", "{'a': 1}"), 400));
        assertTrue(detail.contains("malformed JSON: Unexpected character ('''"), detail);

        String comment = RawHttp.detail(RawHttp.problem(
                http.send("POST", "/documents/echo-map", "application/json", "{\"a\": 1 /* no */}"), 400));
        assertTrue(comment.contains("malformed JSON"), comment);
    }

    @Test
    void contentAfterTheValueIs400() {
        assertJsonProblem(http.send("POST", "/documents/echo-map", "application/json", "{\"a\":1} {}"), "",
                "unexpected content after the JSON value (line 1, column 9)");
    }

    @Test
    void invalidUtf8Is400() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> response = http.send("POST", "/documents", "application/json", body);

        String detail = RawHttp.detail(RawHttp.problem(response, 400));
        assertTrue(detail.contains("malformed JSON: Invalid UTF-8"), detail);
    }

    @Test
    void deeplyNestedUnknownPropertyIs400NotAServerError() {
        String body = "{\"id\":\"deep\",\"extra\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        HttpResponse<String> response = http.send("POST", "/documents", "application/json", body);

        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertTrue(RawHttp.detail(problem).startsWith("Invalid JSON body: "), RawHttp.detail(problem));
    }

    @Test
    void overlongNumberIs400NotAServerError() {
        String body = "{\"a\":" + "9".repeat(5000) + "}";
        HttpResponse<String> response = http.send("POST", "/documents/echo-map", "application/json", body);

        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertTrue(RawHttp.detail(problem).startsWith("Invalid JSON body: "), RawHttp.detail(problem));
    }

    @Test
    void optionalComponentsMayBeNullOrMissing() {
        Map<String, Object> doc = Fixtures.json("optional-null");
        doc.put("summary", null);
        doc.remove("reviewer");
        objectAt(doc, "author").remove("email");

        HttpResponse<String> response = http.send("POST", "/documents", "application/json", JsonTree.write(doc));

        assertEquals(201, response.statusCode(), response.body());
        Map<String, Object> echoed = JsonTree.object(response.body());
        // Empty optionals are left out of the answer rather than written as null.
        assertEquals(false, echoed.containsKey("summary"), response.body());
        assertEquals(false, echoed.containsKey("reviewer"), response.body());
        assertEquals(Map.of("name", "Ada"), echoed.get("author"));
    }

    @Test
    void unknownPropertiesAreIgnoredAtEveryLevel() {
        Map<String, Object> doc = Fixtures.json("unknown-props");
        Map<String, Object> expected = JsonTree.object(JsonTree.write(doc));
        doc.put("extra", object("deep", list(1, object("x", null), list()), "n", 1.5));
        objectAt(doc, "author").put("nickname", "ada");
        objectAt(doc, "sections", 0).put("notes", list("ignored"));
        doc.put("zzz", null);

        HttpResponse<String> response = http.send("POST", "/documents", "application/json", JsonTree.write(doc));

        assertEquals(201, response.statusCode(), response.body());
        assertEquals(expected, JsonTree.object(response.body()));
    }

    @Test
    void duplicatePropertyKeepsTheLastValue() {
        String body = "{\"a\":1,\"b\":2,\"a\":3}";
        HttpResponse<String> response = http.send("POST", "/documents/echo-map", "application/json",
                body.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Map.of("a", 3, "b", 2), JsonTree.object(response.body()));
    }

    /** A 400 naming {@code pointer}, with the detail and the single {@code errors[]} entry Kiln documents. */
    static void assertJsonProblem(HttpResponse<String> response, String pointer, String message) {
        Map<String, Object> problem = RawHttp.problem(response, 400);
        String where = pointer.isEmpty() ? "" : pointer + ": ";
        assertEquals("Invalid JSON body: " + where + message, RawHttp.detail(problem));
        assertEquals(List.of(Map.of("pointer", pointer, "detail", message)), RawHttp.errors(problem));
    }
}
