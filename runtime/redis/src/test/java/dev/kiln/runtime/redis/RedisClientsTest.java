package dev.kiln.runtime.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.TimeoutOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Connection failures name the address and the key, never the password; bad URIs name the key. */
class RedisClientsTest {

    @Test
    void anUnreachableRedisFailsNamingTheAddressNotThePassword() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        RedisClients redis = RedisClients.create("kiln.test.redis.uri", "redis://kiln:s3cret@127.0.0.1:" + port,
                Duration.ofMillis(500), TimeoutOptions.enabled(Duration.ofMillis(500)));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> redis.connect("The test", client -> client.connect()));
        assertTrue(e.getMessage().startsWith("The test could not connect to Redis at 127.0.0.1:" + port
                + " (kiln.test.redis.uri): "), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    @Test
    void aUriThatIsNotRedisNamesTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RedisClients.create(
                "kiln.test.redis.uri", "http://nope", Duration.ofSeconds(1), TimeoutOptions.create()));
        assertEquals("Configuration 'kiln.test.redis.uri' is not a Redis URI (redis://host:port)", e.getMessage());
    }

    @Test
    void redactsUserInfoAndPassword() {
        RedisClients redis = RedisClients.create("k", "redis://user:pw123@h:6379", Duration.ofSeconds(1),
                TimeoutOptions.create());
        try {
            assertEquals("auth *** failed for ***", redis.redact("auth pw123 failed for user:pw123"));
        } finally {
            redis.close();
        }
    }
}
