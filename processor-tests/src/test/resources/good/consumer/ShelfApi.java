package consumer;

import catalog.Product;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import java.util.List;

/** A local service whose signature reaches the jar's Product: the jar's codec is used, not regenerated. */
@Service("shelf")
@Path("/shelf")
public interface ShelfApi {
    @Get
    List<Product> products();
}
