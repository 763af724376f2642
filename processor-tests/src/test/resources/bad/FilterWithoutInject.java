package bad;

import dev.kiln.Filters;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

@Service("orders")
@Path("/orders")
@Filters(FilterWithoutInject.Audit.class) // <-- [KilnFilterNotInjectable]
public interface FilterWithoutInject {
    @Get
    String list();

    final class Audit implements KilnFilter {
        public Audit() {}

        @Override
        public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
            next.proceed(req, res);
        }
    }
}
