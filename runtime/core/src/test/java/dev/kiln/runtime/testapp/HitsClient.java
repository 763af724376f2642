package dev.kiln.runtime.testapp;

import dev.kiln.runtime.client.KilnClientBuilder;
import dev.kiln.runtime.client.KilnHttpClient;
import io.helidon.http.Method;

/** Written by hand in the shape of a generated typed client, for the "hits" service of {@link HitServer}. */
public final class HitsClient {
    private final KilnHttpClient http;

    private HitsClient(KilnHttpClient http) {
        this.http = http;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends KilnClientBuilder<Builder> {
        private Builder() {
            super("hits");
        }

        @Override
        protected Builder self() {
            return this;
        }

        public HitsClient build() {
            return new HitsClient(buildHttpClient());
        }
    }

    /** GET /hit: the answering instance's name. */
    public String get() {
        return http.call(Method.GET, "/hit").send().text(200);
    }

    /** POST /hit, not idempotent. */
    public String post() {
        return http.call(Method.POST, "/hit").send().text(200);
    }

    /** POST /hit marked idempotent, as for an {@code @Idempotent} route. */
    public String postIdempotent() {
        return http.call(Method.POST, "/hit").idempotent().send().text(200);
    }

    public KilnHttpClient http() {
        return http;
    }
}
