package bad;

import dev.kiln.Body;
import dev.kiln.Delete;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface BodyOnDelete {
    @Delete("/{id}")
    void cancel(@PathParam long id,
                @Body String reason); // <-- [KilnBodyNotAllowed]
}
