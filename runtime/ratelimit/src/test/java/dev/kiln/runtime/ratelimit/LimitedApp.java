package dev.kiln.runtime.ratelimit;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import dev.kiln.runtime.http.KilnRoutes;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written router of the shape the processor will generate for {@code @RateLimit(permits = 5,
 * per = "10s", key = IP)} on {@code GET /hello}, plus {@code GET /key} that echoes the keys it would use.
 */
final class LimitedApp implements KilnRouter {
    static final ServiceDescriptor DESCRIPTOR = new ServiceDescriptor("limited", "dev.kiln.runtime.ratelimit.Limited",
            List.of(new RouteDescriptor("GET", "/hello"), new RouteDescriptor("GET", "/key")));
    static final ApplicationDescriptor APP = new ApplicationDescriptor("dev.kiln.runtime.ratelimit.LimitedApp", "limited",
            List.of(DESCRIPTOR), List.of());

    private static final HeaderName X_USER = HeaderNames.create("X-User");

    private final RateLimiter hello;
    private final RateLimitKeys keys;

    LimitedApp(RateLimiters limiters) {
        this.hello = limiters.limiter("Limited.hello", 5, Duration.ofSeconds(10));
        this.keys = limiters.keys();
    }

    /** Boots the app on a free port with {@code settings}; closing the handle closes the limiters too. */
    static KilnHandle start(Map<String, String> settings) {
        Map<String, String> values = new HashMap<>(settings);
        values.put("server.port", "0");
        values.put("server.host", "127.0.0.1");
        KilnConfig config = KilnConfig.of(values);
        RateLimiters limiters = RateLimiters.create(config);
        return KilnBoot.start(config, APP, List.of(limiters), List.of(new LimitedApp(limiters)));
    }

    @Override
    public ServiceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void routing(KilnRoutes routes) {
        routes.add("GET", "/hello", this::hello);
        routes.add("GET", "/key", this::key);
    }

    private void hello(ServerRequest req, ServerResponse res) {
        RateLimits.check(hello, keys.ip(req), res);
        Responses.text(res, 200, "hello");
    }

    private void key(ServerRequest req, ServerResponse res) {
        String user = req.headers().first(X_USER).orElse(null);
        Responses.text(res, 200, keys.ip(req) + " " + keys.principal(user, req));
    }
}
