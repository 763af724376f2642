package clock;

import dev.kiln.Body;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.Service;
import jakarta.validation.Valid;

@Service("events")
@Path("/events")
public interface EventApi {
    @Post
    void add(@Body @Valid Event event);
}
