package dev.kiln.it;

import static dev.kiln.it.Fixtures.list;
import static dev.kiln.it.Fixtures.object;
import static dev.kiln.it.Fixtures.objectAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
 * Every constraint of {@link Form} at its boundaries, through real HTTP against the generated router and
 * validators: the value just inside is accepted (201), the value just outside is a 400 problem whose one
 * error names the JSON pointer and says what is wrong. Nested records, container elements, map values and
 * {@code Optional} contents are reached through {@code @Valid} and type arguments.
 */
class BodyValidationHttpTest {
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

    /** A form that passes every constraint, each value at or next to a bound. */
    static Map<String, Object> validForm() {
        Map<String, Object> form = object(
                "name", "Ada",
                "reference", "r-1",
                "code", "AB",
                "quantity", 1,
                "positive", 1,
                "positiveOrZero", 0,
                "negative", -1,
                "negativeOrZero", 0,
                "ratio", 0.5,
                "price", 999.99,
                "big", 5,
                "currency", "EUR",
                "email", "ada@example.com",
                "born", LocalDate.now().minusDays(1).toString(),
                "seen", Instant.now().minusSeconds(1).toString(),
                "due", LocalDate.now().plusDays(1).toString(),
                "until", OffsetDateTime.now().plusHours(1).toString(),
                "tags", list("a"),
                "counts", object("x", 0),
                "scores", list(1),
                "main", item("main", 1),
                "extras", list(),
                "byName", object());
        return form;
    }

    static Map<String, Object> item(String sku, int count) {
        return object("sku", sku, "count", count);
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                ok("name of one letter", f -> f.put("name", "a")),
                bad("blank name", f -> f.put("name", " \t"), "/name", "must not be blank"),
                bad("empty name", f -> f.put("name", ""), "/name", "must not be blank"),
                bad("code below its size", f -> f.put("code", "A"), "/code", "size must be between 2 and 5"),
                ok("code at its largest size", f -> f.put("code", "ABCDE")),
                bad("code above its size", f -> f.put("code", "ABCDEF"), "/code", "size must be between 2 and 5"),
                ok("code of two emoji: two characters, four UTF-16 units", f -> f.put("code", "😀😀")),
                bad("quantity below its minimum", f -> f.put("quantity", 0), "/quantity", "must be at least 1"),
                ok("quantity at its maximum", f -> f.put("quantity", 10)),
                bad("quantity above its maximum", f -> f.put("quantity", 11), "/quantity", "must be at most 10"),
                bad("positive zero", f -> f.put("positive", 0), "/positive", "must be greater than 0"),
                bad("positiveOrZero below zero", f -> f.put("positiveOrZero", -1), "/positiveOrZero",
                        "must be at least 0"),
                bad("negative zero", f -> f.put("negative", 0), "/negative", "must be less than 0"),
                bad("negativeOrZero above zero", f -> f.put("negativeOrZero", 1), "/negativeOrZero",
                        "must be at most 0"),
                bad("ratio below its decimal minimum", f -> f.put("ratio", 0.49), "/ratio", "must be at least 0.5"),
                ok("ratio just under its exclusive maximum", f -> f.put("ratio", 99.49)),
                bad("ratio at its exclusive maximum", f -> f.put("ratio", 99.5), "/ratio", "must be less than 99.5"),
                bad("price with four integer digits", f -> f.put("price", 1000), "/price",
                        "must have at most 3 integer digits and 2 fraction digits"),
                bad("price with three fraction digits", f -> f.put("price", 1.234), "/price",
                        "must have at most 3 integer digits and 2 fraction digits"),
                ok("price whose third fraction digit is a trailing zero", f -> f.put("price", new java.math.BigDecimal("1.230"))),
                ok("big at its minimum", f -> f.put("big", -5)),
                bad("big below its minimum", f -> f.put("big", -6), "/big", "must be at least -5"),
                bad("big above its maximum", f -> f.put("big", 6), "/big", "must be at most 5"),
                bad("currency in lower case", f -> f.put("currency", "eur"), "/currency",
                        "must be a three-letter currency code"),
                ok("email with a single-label domain", f -> f.put("email", "root@localhost")),
                bad("email without @", f -> f.put("email", "ada.example.com"), "/email",
                        "must be a well-formed email address"),
                bad("email with an empty domain label", f -> f.put("email", "ada@example..com"), "/email",
                        "must be a well-formed email address"),
                bad("born today", f -> f.put("born", LocalDate.now().toString()), "/born", "must be in the past"),
                bad("seen in an hour", f -> f.put("seen", Instant.now().plus(1, ChronoUnit.HOURS).toString()), "/seen",
                        "must be in the past or the present"),
                bad("due today", f -> f.put("due", LocalDate.now().toString()), "/due", "must be in the future"),
                bad("until an hour ago", f -> f.put("until", OffsetDateTime.now().minusHours(1).toString()), "/until",
                        "must be in the present or the future"),
                bad("no tags", f -> f.put("tags", list()), "/tags", "must not be empty"),
                ok("three tags of five letters", f -> f.put("tags", list("abcde", "b", "c"))),
                bad("four tags", f -> f.put("tags", list("a", "b", "c", "d")), "/tags", "size must be at most 3"),
                bad("second tag too long", f -> f.put("tags", list("a", "abcdef")), "/tags/1", "size must be at most 5"),
                ok("two counts", f -> f.put("counts", object("a", 0, "b", 7))),
                bad("three counts", f -> f.put("counts", object("a", 0, "b", 1, "c", 2)), "/counts",
                        "size must be at most 2"),
                bad("a negative count", f -> f.put("counts", object("x", -1)), "/counts/x", "must be at least 0"),
                bad("a negative count under a key with / and ~", f -> f.put("counts", object("a/b~c", -1)),
                        "/counts/a~1b~0c", "must be at least 0"),
                bad("no scores", f -> f.put("scores", list()), "/scores", "size must be at least 1"),
                ok("a well-formed backup email", f -> f.put("backupEmail", "eve@example.org")),
                bad("a malformed backup email", f -> f.put("backupEmail", "eve@"), "/backupEmail",
                        "must be a well-formed email address"),
                bad("main item with no count", f -> objectAt(f, "main").put("count", 0), "/main/count",
                        "must be at least 1"),
                bad("spare's child with a blank sku", f -> f.put("spare", object("sku", "s", "count", 1,
                        "child", item(" ", 1))), "/spare/child/sku", "must not be blank"),
                bad("second extra with no count", f -> f.put("extras", list(item("a", 1), item("b", 0))),
                        "/extras/1/count", "must be at least 1"),
                bad("named item with a blank sku", f -> f.put("byName", object("first", item("", 1))),
                        "/byName/first/sku", "must not be blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundaries")
    void eachConstraintAtItsBoundary(String description, Consumer<Map<String, Object>> change, String pointer,
                                     String message) {
        Map<String, Object> form = validForm();
        change.accept(form);

        HttpResponse<String> response = post("/validation/forms", form);

        if (pointer == null) {
            assertEquals(201, response.statusCode(), response.body());
            return;
        }
        Map<String, Object> problem = RawHttp.problem(response, 400);
        assertEquals("Request validation failed: 1 violation", RawHttp.detail(problem));
        assertEquals("/validation/forms", problem.get("instance"));
        assertEquals(List.of(Map.of("pointer", pointer, "detail", message)), RawHttp.errors(problem));
    }

    @Test
    void theValidFormIsAcceptedAndEchoed() {
        HttpResponse<String> response = post("/validation/forms", validForm());

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("Ada", JsonTree.object(response.body()).get("name"));
    }

    @Test
    void everyViolationOfARequestIsReportedTogetherInDeclarationOrder() {
        Map<String, Object> form = validForm();
        form.put("name", "");
        form.put("quantity", 11);
        form.put("tags", list("a", "toolong"));
        objectAt(form, "main").put("sku", " ");
        objectAt(form, "main").put("count", 0);

        Map<String, Object> problem = RawHttp.problem(post("/validation/forms", form), 400);

        assertEquals("Request validation failed: 5 violations", RawHttp.detail(problem));
        assertEquals(List.of(
                Map.of("pointer", "/name", "detail", "must not be blank"),
                Map.of("pointer", "/quantity", "detail", "must be at most 10"),
                Map.of("pointer", "/tags/1", "detail", "size must be at most 5"),
                Map.of("pointer", "/main/sku", "detail", "must not be blank"),
                Map.of("pointer", "/main/count", "detail", "must be at least 1")), RawHttp.errors(problem));
    }

    @Test
    void notANumberBreaksBothBoundsOfTheRatio() {
        Map<String, Object> form = validForm();
        form.put("ratio", "NaN");

        Map<String, Object> problem = RawHttp.problem(post("/validation/forms", form), 400);

        assertEquals(List.of(
                Map.of("pointer", "/ratio", "detail", "must be at least 0.5"),
                Map.of("pointer", "/ratio", "detail", "must be less than 99.5")), RawHttp.errors(problem));
    }

    @Test
    void aBodyWithoutValidIsNotValidated() {
        Map<String, Object> form = validForm();
        form.put("quantity", 99);
        form.put("code", "");

        HttpResponse<String> response = post("/validation/unchecked", form);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Ada", response.body());
    }

    @Test
    void aNullComponentIsStillAMissingPropertyFirst() {
        Map<String, Object> form = validForm();
        form.put("reference", null);

        Map<String, Object> problem = RawHttp.problem(post("/validation/forms", form), 400);

        assertEquals(List.of(Map.of("pointer", "/reference", "detail", "required property 'reference' is missing or null")),
                RawHttp.errors(problem));
    }

    @Test
    void aListBodyIsSizedAndEachElementValidated() {
        assertEquals("3", post("/validation/items", list(item("a", 1), item("b", 2), item("c", 3))).body());

        Map<String, Object> empty = RawHttp.problem(post("/validation/items", list()), 400);
        assertEquals(List.of(Map.of("pointer", "", "detail", "size must be between 1 and 3")), RawHttp.errors(empty));

        Map<String, Object> four = RawHttp.problem(post("/validation/items",
                list(item("a", 1), item("b", 1), item("c", 1), item("d", 1))), 400);
        assertEquals(List.of(Map.of("pointer", "", "detail", "size must be between 1 and 3")), RawHttp.errors(four));

        Map<String, Object> second = RawHttp.problem(post("/validation/items", list(item("a", 1), item("", 0))), 400);
        assertEquals(List.of(
                Map.of("pointer", "/1/sku", "detail", "must not be blank"),
                Map.of("pointer", "/1/count", "detail", "must be at least 1")), RawHttp.errors(second));
    }

    @Test
    void aSetsViolationsPointAtTheIndexTheRequestSent() {
        assertEquals("3", post("/validation/labels?code=x&code=x", List.of("a", "a", "b")).body());

        Map<String, Object> bad = RawHttp.problem(post("/validation/labels?code=x&code=x&code=BAD",
                List.of("a", "a", "BAD", "a", "NO")), 400);
        assertEquals(List.of(
                Map.of("pointer", "/2", "detail", "must match ^[a-z]+$"),
                Map.of("pointer", "/4", "detail", "must match ^[a-z]+$"),
                Map.of("parameter", "code", "in", "query", "detail", "value 3: must match ^[a-z]+$")), RawHttp.errors(bad));
    }

    @Test
    void aTextBodyHasConstraintsOfItsOwn() {
        HttpResponse<String> ok = http.send("POST", "/validation/notes", "text/plain", "ten chars!");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("ten chars!", ok.body());

        Map<String, Object> blank = RawHttp.problem(http.send("POST", "/validation/notes", "text/plain", "   "), 400);
        assertEquals(List.of(Map.of("pointer", "", "detail", "must not be blank")), RawHttp.errors(blank));

        Map<String, Object> longer = RawHttp.problem(http.send("POST", "/validation/notes", "text/plain",
                "eleven char"), 400);
        assertEquals(List.of(Map.of("pointer", "", "detail", "size must be at most 10")), RawHttp.errors(longer));
    }

    private static HttpResponse<String> post(String path, Object json) {
        return http.send("POST", path, "application/json", JsonTree.write(json));
    }

    private static Arguments ok(String description, Consumer<Map<String, Object>> change) {
        return Arguments.of(description, change, null, null);
    }

    private static Arguments bad(String description, Consumer<Map<String, Object>> change, String pointer,
                                 String message) {
        return Arguments.of(description, change, pointer, message);
    }
}
