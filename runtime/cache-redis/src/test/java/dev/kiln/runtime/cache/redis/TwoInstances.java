package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.ratelimit.TestRedis;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh real Redis per test and two application instances on it, A and B, over one database holding sku-1 = old. */
abstract class TwoInstances {
    static final Duration WAIT = Duration.ofSeconds(20);
    TestRedis redis;
    Map<String, String> database;
    Instance a;
    Instance b;

    @BeforeEach
    void startInstances() {
        redis = TestRedis.start();
        database = Instance.database();
        database.put("sku-1", "old");
        a = new Instance(redis, database);
        b = new Instance(redis, database);
    }

    @AfterEach
    void stopInstances() {
        a.close();
        b.close();
        redis.close();
    }
}
