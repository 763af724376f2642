package graph;

import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("reports")
@Path("/reports")
public interface ReportApi {
    @Get
    String latest();
}
