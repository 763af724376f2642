package dev.kiln.dashboard;

import dev.kiln.dashboard.fixture.KilnAuditApp;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.ratelimit.TestRedis;
import dev.kiln.samples.catalog.KilnCatalogApp;
import dev.kiln.samples.notifications.KilnNotificationsApp;
import dev.kiln.samples.orders.KilnOrdersApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The system the dashboard shows: the shop's catalog, orders and notifications, and the audit fixture, each its own
 * application with its own telemetry SDK and server on a free port, finding each other through a Redis registry and
 * exchanging events on Redis Streams, as {@code ./kiln sample} runs them (in one JVM here).
 */
final class Shop implements AutoCloseable {
    final TestRedis redis;
    final KilnHandle catalog;
    final KilnHandle notifications;
    final KilnHandle orders;
    final KilnHandle audit;
    private final List<AutoCloseable> started = new ArrayList<>();

    private Shop(TestRedis redis) {
        this.redis = redis;
        started.add(redis);
        catalog = started(KilnCatalogApp.start(config(Map.of())));
        notifications = started(KilnNotificationsApp.start(config(Map.of())));
        audit = started(KilnAuditApp.start(config(Map.of("kiln.messaging.endpoint.write", "true"))));
        orders = started(KilnOrdersApp.start(config(Map.of())));
    }

    static Shop start() {
        return new Shop(TestRedis.start());
    }

    private KilnHandle started(KilnHandle handle) {
        started.add(handle);
        return handle;
    }

    private KilnConfig config(Map<String, String> more) {
        Map<String, String> config = new HashMap<>(more);
        config.put("server.port", "0");
        config.put("server.host", "127.0.0.1");
        config.put("kiln.registry.type", "redis");
        config.put("kiln.registry.redis.uri", redis.uri());
        config.put("kiln.registry.heartbeat", "1s");
        config.put("kiln.messaging.transport", "redis");
        config.put("kiln.messaging.redis.uri", redis.uri());
        return KilnConfig.of(config);
    }

    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
