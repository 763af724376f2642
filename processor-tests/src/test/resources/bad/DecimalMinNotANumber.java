package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

@Service("orders")
@Path("/orders")
public interface DecimalMinNotANumber {
    @Get
    String list(@QueryParam @DecimalMin("zero") BigDecimal price); // <-- [KilnInvalidConstraint]
}
