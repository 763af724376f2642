package dev.kiln.hardening.service;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Put;
import dev.kiln.Service;
import dev.kiln.Status;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

/**
 * What the hardening tests attack: a path parameter (traversal, odd encodings), a JSON body (deep, huge, malformed,
 * cut off, sent slowly) and a route behind a role (forged credentials).
 */
@Service("target")
@Path("/items")
public interface TargetApi {
    /** Echoes the decoded name: the tests check what a path parameter can become. */
    @Get("/{name}")
    Item get(@PathParam String name);

    /** Stores nothing; answers the item it was sent. */
    @Post
    @Status(201)
    Item create(@Body @Valid NewItem item);

    /** Only an admin may. */
    @Put("/{name}")
    @RolesAllowed("admin")
    Item replace(@PathParam String name, @Body @Valid NewItem item);
}
