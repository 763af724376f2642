package dev.kiln.runtime.testapp;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts the test application on a free port, the way a generated {@code KilnXxxApp.start} does. */
public final class TestApps {
    public static final ApplicationDescriptor DESCRIPTOR = new ApplicationDescriptor("dev.kiln.runtime.testapp.TestApp", "test",
            List.of(OrderApiRouter.DESCRIPTOR, ConvertRouter.DESCRIPTOR), List.of());

    private TestApps() {}

    public static KilnHandle start(OrderService service, Map<String, String> settings) {
        return start(settings, List.of(), List.of(new OrderApiRouter(service), new ConvertRouter()));
    }

    public static KilnHandle start(Map<String, String> settings, List<? extends Lifecycle> lifecycle,
                                   List<? extends KilnRouter> routers) {
        return builder(settings).lifecycle(lifecycle).routers(routers).start();
    }

    /** A start-up on a free loopback port with {@code settings} on top; add filters, routers... */
    public static KilnBoot.Builder builder(Map<String, String> settings) {
        Map<String, String> values = new HashMap<>();
        values.put("server.port", "0");
        values.put("server.host", "127.0.0.1");
        values.putAll(settings);
        return KilnBoot.builder(KilnConfig.of(values), DESCRIPTOR);
    }
}
