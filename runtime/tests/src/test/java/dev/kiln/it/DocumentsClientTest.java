package dev.kiln.it;

import static dev.kiln.it.Fixtures.assertSameDocument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.InternalServerErrorException;
import dev.kiln.runtime.http.NotFoundException;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemError;
import io.helidon.http.Method;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route shape of {@link DocumentsApi} through the generated {@link DocumentsApiClient} against the
 * generated router: what goes in comes back, and errors arrive as {@link HttpException}s of their status carrying
 * the server's problem document.
 */
class DocumentsClientTest {
    private static KilnHandle app;
    private static DocumentsApi documents;

    @BeforeAll
    static void start() {
        app = TestServer.start();
        documents = DocumentsApiClient.create(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void createAndFindRoundTripEveryComponentKind() {
        Document sent = Fixtures.full("full-1");

        Document created = documents.create(sent);
        Optional<Document> found = documents.find("full-1");

        assertSameDocument(sent, created);
        assertTrue(found.isPresent());
        assertSameDocument(sent, found.get());
    }

    @Test
    void emptyOptionalsAndEmptyCollectionsRoundTrip() {
        Document sent = Fixtures.minimal("minimal-1");

        Document created = documents.create(sent);

        assertSameDocument(sent, created);
        assertEquals(Optional.empty(), created.summary());
        assertEquals(Optional.empty(), created.reviewer());
        assertEquals(0, created.checksums().length);
        assertEquals(0, created.thumbnail().length);
    }

    @Test
    void findOfAMissingIdIsEmptyFromThe404() {
        assertEquals(Optional.empty(), documents.find("no-such-document"));
    }

    /** Only a route's own 404 means "empty": a path no route serves (here a wrong base prefix) is an error. */
    @Test
    void findThroughAWrongBasePathIsANotFoundExceptionNotEmpty() {
        DocumentsApi misrouted = DocumentsApiClient.create(URI.create(app.uri() + "/wrong-prefix"));

        NotFoundException e = assertThrows(NotFoundException.class, () -> misrouted.find("full-1"));

        assertEquals(404, e.status());
        assertEquals(Problem.NO_ROUTE, e.problem().type());
        assertEquals("No route serves GET /wrong-prefix/documents/full-1", e.problem().detail());
    }

    @Test
    void idsWithReservedAndUnicodeCharactersArePathSafe() {
        String id = "a b?c#d&e=f+g%h;i€😀";
        documents.create(Fixtures.minimal(id));

        Document found = documents.find(id).orElseThrow();

        assertEquals(id, found.id());
        assertEquals("t-" + id, found.title());
    }

    @Test
    void allReturnsAListInIdOrder() {
        documents.create(Fixtures.minimal("all-b"));
        documents.create(Fixtures.minimal("all-a"));
        documents.create(Fixtures.full("all-c"));

        List<Document> all = documents.all().stream().filter(d -> d.id().startsWith("all-")).toList();

        assertEquals(List.of("all-a", "all-b", "all-c"), all.stream().map(Document::id).toList());
        assertSameDocument(Fixtures.full("all-c"), all.get(2));
    }

    @Test
    void byTagReturnsAMapOfLists() {
        documents.create(Fixtures.minimal("tagged-1", "tag-red", "tag-blue"));
        documents.create(Fixtures.minimal("tagged-2", "tag-blue"));
        documents.create(Fixtures.minimal("tagged-3"));

        Map<String, List<Document>> byTag = documents.byTag();

        List<String> keys = List.copyOf(byTag.keySet());
        assertTrue(keys.indexOf("tag-blue") < keys.indexOf("tag-red"), keys::toString);
        assertEquals(List.of("tagged-1", "tagged-2"), byTag.get("tag-blue").stream().map(Document::id).toList());
        assertEquals(List.of("tagged-1"), byTag.get("tag-red").stream().map(Document::id).toList());
        assertSameDocument(Fixtures.minimal("tagged-1", "tag-red", "tag-blue"), byTag.get("tag-red").getFirst());
    }

    @Test
    void replaceTagsSendsAndReceivesASet() {
        documents.create(Fixtures.minimal("tags-1", "old"));

        Set<String> result = documents.replaceTags("tags-1", new LinkedHashSet<>(List.of("z", "ä", "a", "")));

        // The service answers a TreeSet; the client keeps the order of the JSON array.
        assertEquals(List.of("", "a", "z", "ä"), new ArrayList<>(result));
        assertEquals(Set.of("z", "ä", "a", ""), documents.find("tags-1").orElseThrow().tags());
    }

    @Test
    void scoresSendsAndReceivesAnIntArray() {
        documents.create(Fixtures.minimal("scores-1"));

        assertArrayEquals(new int[] {Integer.MIN_VALUE, -1, 0, 3, Integer.MAX_VALUE},
                documents.scores("scores-1", new int[] {3, Integer.MAX_VALUE, -1, Integer.MIN_VALUE, 0}));
        assertArrayEquals(new int[0], documents.scores("scores-1", new int[0]));
    }

    @Test
    void appendNoteSendsAndReceivesText() {
        documents.create(Fixtures.minimal("notes-1"));

        assertEquals("héllo 😀", documents.appendNote("notes-1", "héllo 😀"));
        assertEquals("héllo 😀\n  second line\r\n\"quoted\" ", documents.appendNote("notes-1",
                "  second line\r\n\"quoted\" "));
        assertEquals("héllo 😀\n  second line\r\n\"quoted\" \n", documents.appendNote("notes-1", ""));
    }

    @Test
    void replaceContentSendsAndReceivesBytes() {
        documents.create(Fixtures.minimal("content-1"));
        byte[] every = new byte[256];
        for (int i = 0; i < every.length; i++) {
            every[i] = (byte) i;
        }

        byte[] first = documents.replaceContent("content-1", every);
        byte[] second = documents.replaceContent("content-1", new byte[] {42});

        assertArrayEquals("none".getBytes(StandardCharsets.UTF_8), first);
        assertArrayEquals(every, second);
    }

    @Test
    void batchSendsAListAndReceivesAnArray() {
        List<Document> sent = List.of(Fixtures.full("batch-1"), Fixtures.minimal("batch-2"), Fixtures.full("batch-3"));

        Document[] received = documents.batch(sent);

        assertEquals(3, received.length);
        for (int i = 0; i < sent.size(); i++) {
            assertSameDocument(sent.get(i), received[i]);
        }
        assertSameDocument(sent.get(1), documents.find("batch-2").orElseThrow());
        assertEquals(0, documents.batch(List.of()).length);
    }

    @Test
    void echoMapSendsAndReceivesAMapOfInts() {
        Map<String, Integer> sent = new LinkedHashMap<>();
        sent.put("zeta", Integer.MAX_VALUE);
        sent.put("alpha", Integer.MIN_VALUE);
        sent.put("ключ", 0);
        sent.put("", -1);
        sent.put("with \"quotes\"/slash", 7);

        Map<String, Integer> received = documents.echoMap(sent);

        assertEquals(sent, received);
        // The service answers a TreeMap; the client keeps the order of the JSON object.
        assertEquals(List.of("", "alpha", "with \"quotes\"/slash", "zeta", "ключ"), List.copyOf(received.keySet()));
        assertEquals(Map.of(), documents.echoMap(Map.of()));
    }

    @Test
    void colorSendsAnEnumQueryAndReceivesAnEnumResult() {
        for (Color color : Color.values()) {
            assertEquals(color, documents.color(color));
        }
    }

    @Test
    void deleteIsVoidAnd204() {
        documents.create(Fixtures.minimal("delete-1"));

        documents.delete("delete-1");

        assertEquals(Optional.empty(), documents.find("delete-1"));
        documents.create(Fixtures.minimal("delete-2"));
        HttpResponse<String> raw = new RawHttp(app.uri()).send("DELETE", "/documents/delete-2", null, (byte[]) null);
        assertEquals(204, raw.statusCode());
        assertEquals("", raw.body());
    }

    @Test
    void deleteOfAMissingIdIsANotFoundExceptionWithTheProblem() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> documents.delete("ghost"));

        assertEquals(404, e.status());
        assertEquals(Optional.of("documents"), e.service());
        Problem problem = e.problem();
        assertEquals(404, problem.status());
        assertEquals("Not Found", problem.title());
        assertEquals("No document ghost", problem.detail());
        assertEquals("/documents/ghost", problem.instance());
        assertEquals("Service 'documents': 404 Not Found: No document ghost", e.getMessage());
    }

    @Test
    void routesOnAMissingIdAreNotFoundExceptions() {
        NotFoundException note = assertThrows(NotFoundException.class, () -> documents.appendNote("ghost", "x"));
        assertEquals(404, note.status());
        assertEquals("No document ghost", note.problem().detail());

        NotFoundException tags = assertThrows(NotFoundException.class,
                () -> documents.replaceTags("ghost", Set.of("a")));
        assertEquals(404, tags.status());
        assertEquals("/documents/ghost/tags", tags.problem().instance());
    }

    @Test
    void aBadQueryIsABadRequestExceptionWithTheParameterError() {
        // The generated client leaves a null query value out, so the server reports it missing.
        BadRequestException e = assertThrows(BadRequestException.class, () -> documents.color(null));

        assertEquals(400, e.status());
        assertEquals("Query parameter 'color' is required", e.problem().detail());
        assertEquals(List.of(ProblemError.parameter("color", "query", "Query parameter 'color' is required")),
                e.problem().errors());
    }

    @Test
    void aBadQueryValueSentThroughTheRawClientIsABadRequestException() {
        KilnHttpClient raw = KilnHttpClient.create("documents", app.uri());

        BadRequestException e = assertThrows(BadRequestException.class, () -> raw.call(Method.GET, "/documents/color")
                .query("color", "PURPLE")
                .send()
                .json(200, ColorJsonCodec.INSTANCE));

        assertEquals(400, e.status());
        String detail = "Query parameter 'color' must be one of RED, GREEN, BLUE, but was 'PURPLE'";
        assertEquals(detail, e.problem().detail());
        assertEquals(List.of(ProblemError.parameter("color", "query", detail)), e.problem().errors());
        assertEquals("/documents/color", e.problem().instance());
    }

    @Test
    void aBadBodyIsABadRequestExceptionWithThePointer() {
        Document nullTitle = new Document("bad-body", null, Color.RED, new Document.Author("A", Optional.empty()),
                List.of(), Set.of(), Map.of(), Optional.empty(), Optional.empty(), new long[0], new byte[0], 1,
                java.time.Instant.EPOCH);

        BadRequestException e = assertThrows(BadRequestException.class, () -> documents.create(nullTitle));

        assertEquals(400, e.status());
        assertEquals(List.of(ProblemError.pointer("/title", "required property 'title' is missing or null")),
                e.problem().errors());
        assertEquals(Optional.empty(), documents.find("bad-body"));
    }

    @Test
    void aFailingRouteIsAnInternalServerErrorExceptionWithItsErrorIdOnly() {
        InternalServerErrorException e = assertThrows(InternalServerErrorException.class, () -> documents.boom());

        assertEquals(500, e.status());
        String errorId = e.problem().errorId();
        assertEquals(36, errorId.length(), errorId);
        assertEquals("The server failed to handle the request; quote error id " + errorId + " when reporting it",
                e.problem().detail());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertFalse(String.valueOf(e.problem()).contains("hunter2"), String.valueOf(e.problem()));
    }

    @Test
    void aTextResultComesBackVerbatim() {
        assertEquals("slept 0ms", documents.slow(0));
    }

    /** The route is declared after {@code GET /documents/{id}} in {@link DocumentsApi}. */
    @Test
    void aFixedPathDeclaredAfterATemplatedOneIsStillRouted() {
        documents.create(Fixtures.minimal("counted"));

        assertEquals(documents.all().size(), documents.count());
    }
}
