package dev.kiln.test.app;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

/** What the tests' application serves. */
@Service("echo")
@Path("/echo")
public interface EchoApi {
    @Get("/{word}")
    Echo echo(@PathParam String word);
}
