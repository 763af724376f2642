package dev.kiln.it;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

/** What the telemetry suite traces: a plain route, one that fails, one that calls a service, one that hands off. */
@Service("traced")
@Path("/traced")
public interface TracedApi {

    /** {@code item <id>}, logged on the way. */
    @Get("/items/{id}")
    String item(@PathParam long id);

    /** Throws an unexpected exception: a 500 with an error id. */
    @Get("/fail")
    String fail();

    /** Calls {@code GET /traced/items/{id}} through the typed client (found in the registry) and returns its answer. */
    @Get("/relay/{id}")
    String relay(@PathParam long id);

    /** {@code <request id> <trace id>} as seen on another thread the handler hands work to. */
    @Get("/hop")
    String hop();
}
