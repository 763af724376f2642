package dev.kiln.runtime.data.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.data.Database;
import dev.kiln.runtime.data.TestPostgres;
import dev.kiln.runtime.messaging.Await;
import dev.kiln.runtime.messaging.Dispatcher;
import dev.kiln.runtime.messaging.Messaging;
import dev.kiln.runtime.messaging.OrderPlacedJsonCodec;
import dev.kiln.runtime.messaging.Subscription;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A process that commits publications to the outbox of a real PostgreSQL and is killed with SIGKILL before its relay
 * sends them: the next process on the same database sends every one of them. Nothing committed is lost.
 */
class OutboxCrashTest {
    private static final int COUNT = 200;

    @Test
    void publicationsCommittedBeforeAKillAreSentAfterTheRestart() throws Exception {
        // PostgreSQL, not an H2 file: H2 may keep the last second of commits in memory, which a SIGKILL loses.
        String url = TestPostgres.newDatabase();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OutboxCrashChild.class.getName(), url, String.valueOf(COUNT))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("COMMITTED"));
            assertEquals("COMMITTED " + COUNT, line, "the child committed its publications");
        }
        child.destroyForcibly();   // SIGKILL: no shutdown hook, no relay
        child.waitFor(30, TimeUnit.SECONDS);

        KilnConfig config = KilnConfig.of(Map.of("kiln.datasource.url", url, "kiln.datasource.migrate", "false",
                "kiln.outbox.interval", "20ms"));
        Database database = Database.create(config);
        database.start();
        Messaging messaging = Messaging.create(config, "orders");
        OutboxRelay relay = new OutboxRelay(database, messaging, OutboxSettings.from(config));
        Set<Long> received = ConcurrentHashMap.newKeySet();
        Dispatcher dispatcher = messaging.dispatcher();
        dispatcher.subscribe(Subscription.events("orders", "placed", OrderPlacedJsonCodec.INSTANCE,
                (event, context) -> received.add(event.orderId())));
        try {
            assertEquals(COUNT, relay.pending(), "the killed process left every committed publication in the outbox");
            dispatcher.start();
            relay.start();
            Await.until(() -> received.size() + " of " + COUNT + " delivered", Duration.ofSeconds(30),
                    () -> received.size() == COUNT);
            Await.until("the outbox is empty", Duration.ofSeconds(10), () -> relay.pending() == 0);
        } finally {
            relay.stop();
            messaging.stop();
            database.stop();
        }
    }
}
