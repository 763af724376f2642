package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.testapp.HitServer;
import java.util.Map;

/** One application instance in the test JVM: a server of the "hits" service and its own Redis registry. */
final class Instance implements AutoCloseable {
    final HitServer server;
    final RedisServiceRegistry registry;

    Instance(String name, String redisUri, String ttl, String heartbeat) {
        server = HitServer.start(name);
        registry = RedisServiceRegistry.create(KilnConfig.of(Map.of("kiln.registry.redis.uri", redisUri,
                "kiln.registry.ttl", ttl, "kiln.registry.heartbeat", heartbeat)));
        registry.register(server.instance());
    }

    String name() {
        return server.name();
    }

    /** Dies abruptly: the server stops, the heartbeats stop, nothing is deregistered. */
    @Override
    public void close() {
        server.close();
        registry.close();
    }
}
