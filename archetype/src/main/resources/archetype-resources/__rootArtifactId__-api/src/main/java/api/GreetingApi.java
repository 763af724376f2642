package ${package}.api;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.Service;
import dev.kiln.Status;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The greetings service: what it serves, and what its callers call through the client Kiln generates here,
 * {@code GreetingApiClient}. The router that serves it is generated in the service module, which implements it.
 */
@Service("greetings")
@Path("/greetings")
public interface GreetingApi {

    /** {@code GET /greetings/{name}}: a greeting for {@code name}. */
    @Get("/{name}")
    Greeting greet(@PathParam String name);

    /** {@code POST /greetings}: keeps a greeting; a blank text is a 400 problem naming {@code /text}. */
    @Post
    @Status(201)
    Greeting add(@Body @Valid NewGreeting greeting);

    /** {@code GET /greetings}: the greetings kept so far. */
    @Get
    List<Greeting> all();
}
