package bad;

import dev.kiln.Get;
import dev.kiln.Service;

@Service("orders") // <-- [KilnServiceNotInterface]
public class ServiceOnClass {
    @Get
    public String list() {
        return "";
    }
}
