package bad;

import dev.kiln.Get;
import dev.kiln.KilnApplication;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Service;
import jakarta.inject.Inject;

@KilnApplication
public final class RouteConflictAcrossServices {

    @Service("alpha")
    @Path("/items")
    interface AlphaApi {
        @Get("/{id}")
        String get(@PathParam String id);
    }

    @Service("beta")
    @Path("/")
    interface BetaApi {
        @Get("/items/{key}") // <-- [KilnRouteConflict]
        String find(@PathParam String key);
    }

    static final class Alpha implements AlphaApi {
        @Inject
        Alpha() {}

        @Override
        public String get(String id) {
            return id;
        }
    }

    static final class Beta implements BetaApi {
        @Inject
        Beta() {}

        @Override
        public String find(String key) {
            return key;
        }
    }
}
