package dev.kiln.runtime.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.JsonObjects;
import dev.kiln.runtime.testapp.LogLines;
import dev.kiln.runtime.testapp.OrderService;
import dev.kiln.runtime.testapp.TestApps;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** kiln.log.format as KilnBoot installs it: every line a request makes, parsed as JSON. */
class JsonLogsHttpTest {

    /** The formatter of the root logger's console handler (the JDK's default configuration has one). */
    private static Formatter consoleFormatter() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                return handler.getFormatter();
            }
        }
        throw new AssertionError("The root logger has no console handler");
    }

    @Test
    void theBootInstallsTheConfiguredFormatAndEveryLineIsOneJsonObject() throws Exception {
        try (KilnHandle app = TestApps.start(new OrderService(),
                Map.of("kiln.log.format", "json", "kiln.access-log.enabled", "true"))) {
            Formatter installed = consoleFormatter();
            assertEquals(LogFormat.JSON, ((KilnLogFormatter) installed).format());
            try (LogLines log = LogLines.of(installed)) {
                HttpResponse<String> failed = new Http(app.uri()).get("/boom", "X-Request-Id", "json-1");
                assertEquals(500, failed.statusCode());
                String errorId = Http.problem(failed).errorId();

                String access = log.await(l -> l.contains("\"logger\":\"kiln.access\""), Duration.ofSeconds(5));
                String error = log.await(l -> l.contains(errorId) && l.contains("\"level\":\"ERROR\""), Duration.ofSeconds(5));
                for (String line : log.lines()) {
                    assertTrue(line.endsWith(System.lineSeparator()), line);
                    assertFalse(line.strip().contains("\n"), line);
                    JsonObjects.parse(line);
                }

                Map<String, Object> accessLine = JsonObjects.parse(access);
                assertEquals("json-1", accessLine.get("request_id"));
                assertEquals("test", accessLine.get("service.name"));
                assertEquals("/boom", accessLine.get("route"));
                assertEquals(500L, accessLine.get("status"));
                assertEquals("json-1", accessLine.get("requestId"));

                Map<String, Object> errorLine = JsonObjects.parse(error);
                assertEquals("json-1", errorLine.get("request_id"));
                assertEquals("dev.kiln.runtime.http.ErrorResponses", errorLine.get("logger"));
                assertEquals(IllegalStateException.class.getName(), errorLine.get("exception.type"));
                assertTrue(((String) errorLine.get("exception.stacktrace")).contains("\tat "), error);
                assertEquals(List.of(), List.of(errorLine.keySet().stream().filter(k -> k.startsWith("trace")).toArray()),
                        "no span is current without a tracing SDK: " + error);
            }
        }
    }

    @Test
    void textIsTheDefault() {
        try (KilnHandle app = TestApps.start(new OrderService(), Map.of())) {
            assertEquals(LogFormat.TEXT, ((KilnLogFormatter) consoleFormatter()).format());
        }
    }
}
