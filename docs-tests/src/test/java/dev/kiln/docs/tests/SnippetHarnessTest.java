package dev.kiln.docs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.docs.tests.MarkdownSnippets.Snippet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness itself: a page whose block is wrong fails, whichever way it is checked. */
class SnippetHarnessTest {

    private static Snippet only(String markdown) {
        List<Snippet> snippets = MarkdownSnippets.parse("docs/page.md", markdown);
        assertEquals(1, snippets.size(), snippets.toString());
        return snippets.get(0);
    }

    @Test
    void aBlockThatCompilesPassesAndOneThatDoesNotFailsNamingPageAndLine() {
        DocSnippetsTest.check(only("""
                # Page

                ```java
                import dev.kiln.Get;
                import dev.kiln.Path;
                import dev.kiln.Service;

                @Service("hello") @Path("/hello")
                public interface HelloApi { @Get String hello(); }
                ```
                """));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> DocSnippetsTest.check(only("""
                # Page

                ```java
                @Service("hello") @Path("/hello")
                public interface HelloApi { @Get String hello(); }
                ```
                """)));
        assertTrue(failure.getMessage().startsWith("docs/page.md:3: does not compile"), failure.getMessage());
        assertTrue(failure.getMessage().contains("cannot find symbol"), failure.getMessage());
    }

    @Test
    void kilnsOwnErrorsFailACompiledBlock() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> DocSnippetsTest.check(only("""
                ```java
                import dev.kiln.Get;
                import dev.kiln.Path;
                import dev.kiln.Service;

                @Service("hello") @Path("/hello")
                public interface HelloApi { @Get("/{id}") String hello(); }
                ```
                """)));
        assertTrue(failure.getMessage().contains("[KilnPathVariableUnbound]"), failure.getMessage());
    }

    @Test
    void aFragmentCompilesInsideAMethodWithTheMarkersImportsAndParameters() {
        DocSnippetsTest.check(only("""
                <!-- compile: in method(List<String> names) returns int; imports java.util.List -->
                ```java
                return names.size();
                ```
                """));
    }

    @Test
    void aBlockMarkedFailsMustFailWithTheErrorsThePageShows() {
        String page = """
                <!-- compile: fails; imports dev.kiln.* -->
                ```java
                @Service("hello") @Path("/hello")
                public interface HelloApi { @Get("/{id}") String hello(); }
                ```

                ```
                %s
                ```
                """;
        assertThrows(AssertionFailedError.class, () -> DocSnippetsTest.check(only(page.formatted("error: something else"))));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> DocSnippetsTest.check(only("""
                <!-- compile: fails; imports java.util.List -->
                ```java
                interface Fine { List<String> names(); }
                ```
                """)));
        assertTrue(failure.getMessage().contains("javac compiles it"), failure.getMessage());
    }

    @Test
    void generatedCodeMustBeAnExcerptOfItsGoldenFile() {
        DocSnippetsTest.check(only("""
                <!-- generated: shop/OrderApiRouter.java -->
                ```java
                private void get(ServerRequest req, ServerResponse res) {
                    long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);   // a comment the docs add
                    ...
                    Responses.json(res, 200, OrderJsonCodec.INSTANCE, result);
                }
                ```
                """));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> DocSnippetsTest.check(only("""
                <!-- generated: shop/OrderApiRouter.java -->
                ```java
                private void get(ServerRequest req, ServerResponse res) {
                    long id = Params.toLong(Params.path(req, PATH_ID), PATH_ID);
                    if (!RateLimits.check(getLimit, rateLimitKeys.ip(req), res)) return;
                }
                ```
                """)));
        assertTrue(failure.getMessage().contains("not in the file: if (!RateLimits.check"), failure.getMessage());
    }

    @Test
    void aSynopsisMustDeclareWhatTheSourcesDeclare() {
        String folder = "runtime/core/src/main/java/dev/kiln/runtime/json";
        DocSnippetsTest.check(only("<!-- declared in: " + folder + " -->\n```java\nT read(JsonParser parser);\n```\n"));
        assertThrows(AssertionFailedError.class, () -> DocSnippetsTest.check(
                only("<!-- declared in: " + folder + " -->\n```java\nT read(JsonParser parser, int depth);\n```\n")));
    }

    @Test
    void anUnknownMarkerIsAFailureNotASkip() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> DocSnippetsTest.check(only("<!-- skip -->\n```java\nnot java at all\n```\n")));
        assertTrue(failure.getMessage().contains("unknown snippet marker"), failure.getMessage());
    }

    @Test
    void aBlockOfSeveralPublicTypesBecomesOneFilePerTypeAndElidedBodiesCompile() {
        Map<String, String> sources = new SnippetSources(DocSnippetsTest.SUPPORT).sources("""
                import java.util.List;

                public interface Names { List<String> all(); }   // a comment after the first type
                public record Name(String value) { }
                public final class Shop { void open() { … } }
                """, (SnippetMarker.Compile) SnippetMarker.parse(""));
        assertEquals(List.of("com.example.Names", "com.example.Name", "com.example.Shop"), List.copyOf(sources.keySet()));
        assertTrue(sources.get("com.example.Shop").contains("void open() { throw new UnsupportedOperationException(); }"));
        DocSnippetsTest.compileProblem(sources).ifPresent(p -> {
            throw new AssertionError(p);
        });
    }
}
