package shop;

import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Serves {@link CatalogApi} on Helidon WebServer: one handler per route.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class CatalogApiRouter implements KilnRouter {
    public static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("catalog", "shop.CatalogApi", List.of(
            new RouteDescriptor("GET", "/catalog/{sku}"),
            new RouteDescriptor("POST", "/catalog/{sku}/refresh")));

    private static final Param PATH_SKU = Param.path("sku");

    private final CatalogApi service;

    public CatalogApiRouter(CatalogApi service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/catalog/{sku}", this::find);
        routes.add("POST", "/catalog/{sku}/refresh", this::refresh);
    }

    private void find(ServerRequest req, ServerResponse res) {
        String sku = Params.path(req, PATH_SKU);
        Optional<Product> result = service.find(sku);
        Responses.optionalJson(res, 200, ProductJsonCodec.INSTANCE, result);
    }

    private void refresh(ServerRequest req, ServerResponse res) {
        String sku = Params.path(req, PATH_SKU);
        service.refresh(sku);
        Responses.noContent(res);
    }
}
