package dev.kiln.runtime.registry.redis;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.HitServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A whole Kiln application in a JVM of its own, registered in Redis by the boot, with the boot's shutdown hook:
 * {@code main} prints {@code READY <uri>} and runs until the JVM is told to stop (SIGTERM runs the hook).
 */
final class BootedInstanceProcess {
    private BootedInstanceProcess() {}

    public static void main(String[] args) throws InterruptedException {
        KilnConfig config = KilnConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1",
                "server.shutdown-timeout", "5s", "kiln.registry.redis.uri", args[0], "kiln.registry.ttl", args[1],
                "kiln.registry.heartbeat", args[2]));
        KilnHandle app = KilnBoot.builder(config, new ApplicationDescriptor("test.BootedApp", "booted",
                        List.of(HitServer.DESCRIPTOR), List.of()))
                .registry(RedisServiceRegistry.create(config))
                .routers(List.of(new HitsRouter()))
                .start();
        System.out.println("READY " + app.uri());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts one and waits for READY. */
    static Process start(String redisUri, String ttl, String heartbeat) {
        return InstanceProcess.launch(BootedInstanceProcess.class, redisUri, ttl, heartbeat);
    }

    /** GET and POST /hit, answering "booted". */
    private static final class HitsRouter implements KilnRouter {
        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/hit", (req, res) -> res.send("booted"));
            routes.add("POST", "/hit", (req, res) -> res.send("booted"));
        }

        @Override
        public ServiceDescriptor descriptor() {
            return HitServer.DESCRIPTOR;
        }
    }
}
