package bad;

import dev.kiln.Filters;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.Service;
import dev.kiln.runtime.http.KilnFilter;
import dev.kiln.runtime.registry.RouteDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

@Service("orders")
@Path("/orders")
public interface FilterNotPublic {
    @Get
    @Filters({FilterNotPublic.Audit.class, Hidden.class}) // <-- [KilnFilterNotInjectable]
    String list();

    final class Audit implements KilnFilter {
        @Inject
        public Audit() {}

        @Override
        public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, Next next) throws Exception {
            next.proceed(req, res);
        }
    }
}

final class Hidden implements KilnFilter {
    @Inject
    Hidden() {}

    @Override
    public void filter(RouteDescriptor route, ServerRequest req, ServerResponse res, KilnFilter.Next next)
            throws Exception {
        next.proceed(req, res);
    }
}
