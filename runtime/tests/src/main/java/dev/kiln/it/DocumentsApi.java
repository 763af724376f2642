package dev.kiln.it;

import dev.kiln.Body;
import dev.kiln.Delete;
import dev.kiln.Get;
import dev.kiln.Patch;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every body and result shape: records, nested records, collections, maps, arrays, text, bytes, void. */
@Service("documents")
@Path("/documents")
public interface DocumentsApi {

    @Post
    @Status(201)
    Document create(@Body Document document);

    @Get
    List<Document> all();

    @Get("/by-tag")
    Map<String, List<Document>> byTag();

    @Put("/{id}/tags")
    Set<String> replaceTags(@PathParam String id, @Body Set<String> tags);

    @Patch("/{id}/scores")
    int[] scores(@PathParam String id, @Body int[] scores);

    @Post("/{id}/notes")
    String appendNote(@PathParam String id, @Body String note);

    @Put("/{id}/content")
    byte[] replaceContent(@PathParam String id, @Body byte[] content);

    @Post("/batch")
    Document[] batch(@Body List<Document> documents);

    @Post("/echo-map")
    Map<String, Integer> echoMap(@Body Map<String, Integer> counts);

    @Get("/color")
    Color color(@QueryParam Color color);

    /** Fails on purpose: an unexpected exception must become a 500 with an error id and no detail leak. */
    @Get("/boom")
    String boom();

    /** Waits, then answers: lets client tests run into a read timeout. */
    @Get("/slow")
    String slow(@QueryParam long millis);

    /** Declared after the fixed {@code GET /documents/...} paths, so that none of them reads as an id. */
    @Get("/{id}")
    Optional<Document> find(@PathParam String id);

    /** Declared after {@code GET /{id}}: the router must still prefer this fixed path over the template. */
    @Get("/count")
    int count();

    @Delete("/{id}")
    void delete(@PathParam String id);
}
