package bad;

import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Header;
import dev.kiln.Path;
import dev.kiln.Service;

@Service("orders")
@Path("/orders")
public interface BadDefaultEnum {
    enum Mode { FAST, SAFE }

    @Get
    String list(@Header("X-Mode") @DefaultValue("fast") Mode mode); // <-- [KilnBadDefaultValue]
}
