package shop;

import dev.kiln.runtime.client.ClientCall;
import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import io.helidon.http.Method;
import java.net.URI;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code catalog} service over HTTP through {@link CatalogApi}.
 */
@Generated("dev.kiln.processor.KilnProcessor")
public final class CatalogApiClient implements CatalogApi {
    private final KilnHttpClient http;

    private CatalogApiClient(KilnHttpClient http) {
        this.http = http;
    }

    /**
     * A client of the service at {@code baseUri}, with default timeouts.
     */
    public static CatalogApiClient create(URI baseUri) {
        return builder().baseUri(baseUri).build();
    }

    /**
     * A builder: base URI, timeouts, headers, or {@code config(KilnConfig)}.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Product> find(String sku) {
        ClientCall call = http.call(Method.GET, "/catalog/{sku}", "/catalog/" + ClientCall.segment(sku));
        return call.send().optionalJson(200, ProductJsonCodec.INSTANCE);
    }

    @Override
    public void refresh(String sku) {
        ClientCall call = http.call(Method.POST, "/catalog/{sku}/refresh", "/catalog/" + ClientCall.segment(sku) + "/refresh").idempotent();
        call.send().noContent();
    }

    /**
     * Configures a {@link CatalogApiClient}.
     */
    public static final class Builder extends KilnClientBuilder<Builder> {
        private Builder() {
            super("catalog");
        }

        @Override
        protected Builder self() {
            return this;
        }

        public CatalogApiClient build() {
            return new CatalogApiClient(buildHttpClient());
        }
    }
}
