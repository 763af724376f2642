package bad;

import dev.kiln.Body;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;

@Service("orders")
@Path("/orders")
public interface DigitsNegative {
    @Get
    String list(@QueryParam @Digits(integer = 3, fraction = -2) BigDecimal price); // <-- [KilnInvalidConstraint]
}
