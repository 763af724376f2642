package dev.kiln.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Past}/{@code @Future} compare with the router's clock: the graph's {@code @ValidationClock Clock}
 * when the application binds one (what the generated entry point passes), the system clock otherwise. Here
 * the router is given a clock fixed in 2030, so dates that are in the future today are in its past.
 */
class ValidationClockHttpTest {
    private static final Clock MIDSUMMER_2030 = Clock.fixed(Instant.parse("2030-06-15T12:00:00Z"), ZoneOffset.UTC);

    private static KilnHandle app;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        ValidationApiRouter router = new ValidationApiRouter(new ValidationService(), Optional.of(MIDSUMMER_2030));
        app = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")),
                        new ApplicationDescriptor("test.ClockApp", "clock", List.of(ValidationApiRouter.DESCRIPTOR), List.of()))
                .routers(List.of(router))
                .start();
        http = new RawHttp(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> formAround2030() {
        Map<String, Object> form = BodyValidationHttpTest.validForm();
        form.put("born", "2030-06-14");
        form.put("seen", "2030-06-15T12:00:00Z");          // PastOrPresent: the clock's instant itself
        form.put("due", "2030-06-16");
        form.put("until", "2030-06-15T12:00:00Z");         // FutureOrPresent: the same
        return form;
    }

    @Test
    void timeConstraintsUseTheRoutersClock() {
        HttpResponse<String> ok = http.send("POST", "/validation/forms", "application/json",
                JsonTree.write(formAround2030()));
        assertEquals(201, ok.statusCode(), ok.body());

        Map<String, Object> today = formAround2030();
        today.put("born", "2030-06-15");
        today.put("due", "2030-06-15");
        today.put("seen", "2030-06-15T12:00:00.001Z");
        today.put("until", "2030-06-15T11:59:59.999Z");
        Map<String, Object> problem = RawHttp.problem(http.send("POST", "/validation/forms", "application/json",
                JsonTree.write(today)), 400);
        assertEquals(List.of(
                        Map.of("pointer", "/born", "detail", "must be in the past"),
                        Map.of("pointer", "/seen", "detail", "must be in the past or the present"),
                        Map.of("pointer", "/due", "detail", "must be in the future"),
                        Map.of("pointer", "/until", "detail", "must be in the present or the future")),
                RawHttp.errors(problem));
    }
}
