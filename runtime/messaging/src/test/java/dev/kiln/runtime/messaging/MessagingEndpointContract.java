package dev.kiln.runtime.messaging;

import static dev.kiln.runtime.messaging.EndpointHttp.delete;
import static dev.kiln.runtime.messaging.EndpointHttp.get;
import static dev.kiln.runtime.messaging.EndpointHttp.ok;
import static dev.kiln.runtime.messaging.EndpointHttp.problem;
import static dev.kiln.runtime.messaging.EndpointHttp.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /kiln/messaging} and {@code /health/ready} over real HTTP, on a real server, for every transport: a subclass
 * gives the transport ({@code InMemoryMessagingEndpointTest} here, {@code RedisMessagingEndpointTest} on a real Redis).
 * The application "billing" runs the "as generated" {@link BillingDispatcher}: a customer named {@code poison} fails
 * its 3 attempts and becomes a dead letter.
 */
public abstract class MessagingEndpointContract {
    protected static final Duration WAIT = Duration.ofSeconds(20);
    private static final ApplicationDescriptor BILLING = new ApplicationDescriptor("com.example.BillingApp", "billing",
            List.of(), List.of());
    private static final String LETTERS = "/kiln/messaging/events/orders/dead-letters";
    private static final Pattern FIRST_ID = Pattern.compile("\"deadLetters\":\\[\\{\"id\":\"([^\"]+)\"");

    private final List<AutoCloseable> closing = new ArrayList<>();

    /** {@code application}'s messaging on the transport under test; all of one test's applications reach each other. */
    protected abstract Messaging messaging(String application, MessagingSettings settings);

    /** {@code memory} or {@code redis}: what {@code GET /kiln/messaging} names. */
    protected abstract String transport();

    /** Closes {@code c} after the test, after everything registered later (servers, dispatchers). */
    protected final void onClose(AutoCloseable c) {
        closing.add(c);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    @Test
    void deadLettersAreListedShownReplayedAndPurgedOverHttp() {
        Recorder recorder = new Recorder();
        Messaging billing = started(MessagingSettings.DEFAULTS, recorder);
        URI app = serve(billing, true);
        OrderEvents orders = new OrderEventsPublisher(messaging("orders", MessagingSettings.DEFAULTS));
        orders.placed(new OrderPlaced(9, "poison", 1));
        orders.placed(new OrderPlaced(10, "poison", 2));
        orders.placed(new OrderPlaced(11, "healthy", 1));
        Await.until("two dead letters", WAIT, () -> billing.operations().deadLetterCount(Destination.events("orders")) == 2);

        String overview = ok(get(app, "/kiln/messaging"));
        assertTrue(overview.startsWith("{\"application\":\"billing\",\"transport\":\"" + transport() + "\","), overview);
        assertTrue(overview.contains("\"kind\":\"events\",\"name\":\"orders\",\"stream\":\"kiln:events:orders\","
                + "\"deadLetters\":2,"), overview);

        String firstPage = ok(get(app, LETTERS + "?limit=1"));
        assertTrue(firstPage.startsWith("{\"destination\":\"kiln:events:orders\",\"count\":2,\"deadLetters\":["), firstPage);
        assertEquals(1, occurrences(firstPage, "\"attempts\":"), "limit=1: one dead letter of two: " + firstPage);
        String first = firstId(firstPage);
        String one = ok(get(app, LETTERS + "/" + first));
        // 9 and 10 have different ordering keys: either may fail its last attempt first.
        assertTrue(one.matches("\\{\"id\":\"" + first + "\",\"group\":\"billing\",\"error\":\"java.lang.IllegalStateException:"
                + " poisoned order (9|10)\",\"attempts\":3,.*"), one);
        assertTrue(one.contains("\"type\":\"orders.placed\""), one);

        recorder.poisonFixed = true;
        assertEquals("{\"destination\":\"kiln:events:orders\",\"replayed\":1}", ok(post(app, LETTERS + "/" + first + "/replay")));
        Await.until("the first handled once replayed", WAIT, () -> recorder.handledCustomer("poison") == 1);
        problem(404, post(app, LETTERS + "/" + first + "/replay"), "No dead letter '" + first + "' on events orders");
        problem(404, get(app, LETTERS + "/" + first), "No dead letter");

        assertEquals("{\"destination\":\"kiln:events:orders\",\"replayed\":1}", ok(post(app, LETTERS + "/replay")));
        Await.until("the second handled once replayed", WAIT, () -> recorder.handledCustomer("poison") == 2);
        assertTrue(ok(get(app, LETTERS)).contains("\"count\":0,\"deadLetters\":[]"));

        recorder.poisonFixed = false;
        orders.placed(new OrderPlaced(12, "poison", 1));
        Await.until("a new dead letter", WAIT, () -> billing.operations().deadLetterCount(Destination.events("orders")) == 1);
        assertEquals("{\"destination\":\"kiln:events:orders\",\"purged\":1}", ok(delete(app, LETTERS)));
        assertTrue(ok(get(app, LETTERS)).contains("\"count\":0,\"deadLetters\":[]"));
        assertEquals("{\"destination\":\"kiln:events:orders\",\"purged\":0}", ok(delete(app, LETTERS)));
    }

    @Test
    void unknownDestinationsAndDeadLettersAre404AndBadInput400AsProblems() {
        Messaging billing = started(MessagingSettings.DEFAULTS, new Recorder());
        URI app = serve(billing, true);

        problem(404, get(app, "/kiln/messaging/events/invoices/dead-letters"),
                "Application 'billing' neither publishes to nor consumes events invoices");
        problem(404, post(app, "/kiln/messaging/queue/invoices/dead-letters/replay"), "queue invoices");
        problem(404, delete(app, "/kiln/messaging/queue/invoices/dead-letters"), "queue invoices");
        for (String id : List.of("nope", "1-0", "99999999999999999999-0", "dl-x")) {
            problem(404, get(app, LETTERS + "/" + id), "No dead letter '" + id + "'");
            problem(404, post(app, LETTERS + "/" + id + "/replay"), "No dead letter '" + id + "'");
        }
        problem(400, get(app, "/kiln/messaging/topics/orders/dead-letters"), "Not a destination kind: 'topics'");
        problem(400, get(app, LETTERS + "?limit=0"), "'limit' must be between 1 and 10000, was 0");
        problem(400, get(app, LETTERS + "?limit=10001"), "'limit' must be between 1 and 10000");
        problem(400, get(app, LETTERS + "?limit=ten"), "'limit'");
        assertTrue(ok(get(app, LETTERS + "?limit=10000")).contains("\"count\":0"));
    }

    @Test
    void replayAndPurgeAreRefusedUnlessTurnedOn() {
        Messaging billing = started(MessagingSettings.DEFAULTS, new Recorder());
        URI app = serve(billing, false);

        problem(403, post(app, LETTERS + "/replay"), "kiln.messaging.endpoint.write=true");
        problem(403, post(app, LETTERS + "/1-0/replay"), "kiln.messaging.endpoint.write=true");
        problem(403, delete(app, LETTERS), "kiln.messaging.endpoint.write=true");
        assertTrue(ok(get(app, LETTERS)).contains("\"count\":0"), "reading stays open");
    }

    @Test
    void readinessGoesDownOverHttpWhileAMessageStaysUnacknowledgedPastMaxPendingAge() {
        Recorder recorder = new Recorder();
        recorder.hold = new CountDownLatch(1);
        MessagingSettings settings = new MessagingSettings(transport(), Duration.ofMillis(300), 16, 100,
                Duration.ofSeconds(5));
        Messaging billing = started(settings, recorder);
        URI app = serve(billing, false);
        assertEquals(200, get(app, "/health/ready").statusCode(), "nothing pending");

        new OrderEventsPublisher(messaging("orders", settings)).placed(new OrderPlaced(1, "slow", 1));

        Await.until("503 past max-pending-age", WAIT, () -> get(app, "/health/ready").statusCode() == 503);
        String down = get(app, "/health/ready").body();
        assertTrue(down.contains("\"name\":\"messaging\",\"status\":\"DOWN\""), down);
        assertTrue(down.contains("events orders (group 'billing')") && down.contains("kiln.messaging.max-pending-age"),
                down);
        recorder.hold.countDown();
        Await.until("200 once handled", WAIT, () -> get(app, "/health/ready").statusCode() == 200);
    }

    private Messaging started(MessagingSettings settings, Recorder recorder) {
        Messaging billing = messaging("billing", settings);
        closing.add(billing::stop);
        BillingDispatcher dispatcher = new BillingDispatcher(billing, recorder);
        dispatcher.start();
        closing.add(dispatcher::stop);
        return billing;
    }

    private URI serve(Messaging billing, boolean write) {
        KilnHandle handle = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0")), BILLING)
                .healthChecks(List.of(billing.healthCheck()))
                .routers(List.of(new MessagingEndpoint(billing, write)))
                .start();
        closing.add(handle);
        return handle.uri();
    }


    private static String firstId(String page) {
        Matcher m = FIRST_ID.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
