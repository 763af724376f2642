package dev.kiln.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnBoot;
import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.client.KilnHttpClient;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.registry.ApplicationDescriptor;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Http;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Application exception mappers through a real server: the most specific mapper answers, what Kiln answers itself
 * keeps its answer whatever the mappers, and a mapper that fails gives a logged 500 with an error id.
 */
class ExceptionMappersHttpTest {
    /** Held strongly: JUL forgets loggers nobody references, and their handlers with them. */
    private static final Logger ERROR_LOG = Logger.getLogger(ErrorResponses.class.getName());
    private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
    private static final java.util.logging.Handler CAPTURE = new java.util.logging.Handler() {
        @Override
        public void publish(LogRecord record) {
            LOGGED.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    static final class OutOfStockException extends IllegalStateException {
        private final int available;

        OutOfStockException(int available) {
            super("out of stock");
            this.available = available;
        }
    }

    static final class BrokenMapperException extends RuntimeException {
        BrokenMapperException() {
            super("the route failed");
        }
    }

    static final class NullMapperException extends RuntimeException {}

    static final class SuccessMapperException extends RuntimeException {}

    static final class BusyException extends RuntimeException {
        private final int seconds;

        BusyException(int seconds) {
            this.seconds = seconds;
        }
    }

    static final class BrokenHeadersException extends RuntimeException {}

    /** 503 with Retry-After: a mapper that adds headers. */
    private static final ExceptionMapper<BusyException> BUSY = new ExceptionMapper<>() {
        @Override
        public Class<BusyException> type() {
            return BusyException.class;
        }

        @Override
        public Problem toProblem(BusyException exception, ServerRequest req) {
            return Problem.of(503, "Busy; try again in " + exception.seconds + " s");
        }

        @Override
        public List<Header> headers(BusyException exception, ServerRequest req) {
            return List.of(HeaderValues.create(HeaderNames.RETRY_AFTER, String.valueOf(exception.seconds)),
                    HeaderValues.create("X-Busy-Region", "eu"));
        }
    };

    private static final ExceptionMapper<BrokenHeadersException> BROKEN_HEADERS = new ExceptionMapper<>() {
        @Override
        public Class<BrokenHeadersException> type() {
            return BrokenHeadersException.class;
        }

        @Override
        public Problem toProblem(BrokenHeadersException exception, ServerRequest req) {
            return Problem.of(409, "fine so far");
        }

        @Override
        public List<Header> headers(BrokenHeadersException exception, ServerRequest req) {
            throw new IllegalStateException("headers exploded");
        }
    };

    private static final List<ExceptionMapper<?>> MAPPERS = List.of(
            ExceptionMapper.of(RuntimeException.class, e -> Problem.of(422, "general: " + e.getMessage())),
            ExceptionMapper.of(OutOfStockException.class,
                    e -> Problem.of(409, "Only " + e.available + " left").withExtension("available", e.available)),
            ExceptionMapper.of(BrokenMapperException.class, e -> {
                throw new IllegalStateException("the mapper exploded, secret s3cr3t");
            }),
            ExceptionMapper.of(NullMapperException.class, e -> null),
            ExceptionMapper.of(SuccessMapperException.class, e -> Problem.of(200, "all fine")),
            BUSY, BROKEN_HEADERS);

    private static KilnHandle app;
    private static Http http;

    @BeforeAll
    static void start() {
        ERROR_LOG.addHandler(CAPTURE);
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put("/out-of-stock", (req, res) -> {
            throw new OutOfStockException(3);
        });
        routes.put("/illegal-state", (req, res) -> {
            throw new IllegalStateException("plain state");
        });
        routes.put("/not-found", (req, res) -> {
            throw HttpException.notFound("No thing 7");
        });
        routes.put("/bad-json", (req, res) -> {
            throw new JsonDecodeException("/lines/0", "expected an object but got a number");
        });
        routes.put("/helidon", (req, res) -> {
            throw new io.helidon.http.BadRequestException("Helidon says no");
        });
        routes.put("/upstream", (req, res) -> KilnHttpClient.create("nowhere", closedPort())
                .call(Method.GET, "/x").send().noContent());
        routes.put("/broken-mapper", (req, res) -> {
            throw new BrokenMapperException();
        });
        routes.put("/null-mapper", (req, res) -> {
            throw new NullMapperException();
        });
        routes.put("/success-mapper", (req, res) -> {
            throw new SuccessMapperException();
        });
        routes.put("/busy", (req, res) -> {
            throw new BusyException(7);
        });
        routes.put("/broken-headers", (req, res) -> {
            throw new BrokenHeadersException();
        });
        List<RouteDescriptor> descriptors = new ArrayList<>();
        routes.keySet().forEach(path -> descriptors.add(new RouteDescriptor("GET", path)));
        ServiceDescriptor service = new ServiceDescriptor("mapped", "test.Mapped", descriptors);
        KilnRouter router = new KilnRouter() {
            @Override
            public void routing(KilnRoutes kilnRoutes) {
                routes.forEach((path, handler) -> kilnRoutes.add("GET", path, handler));
            }

            @Override
            public ServiceDescriptor descriptor() {
                return service;
            }
        };
        app = KilnBoot.builder(KilnConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")),
                        new ApplicationDescriptor("test.MappedApp", "mapped", List.of(service), List.of()))
                .exceptionMappers(MAPPERS)
                .routers(List.of(router))
                .start();
        http = new Http(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
        ERROR_LOG.removeHandler(CAPTURE);
    }

    @Test
    void theMapperForTheThrownClassWinsOverTheOneForItsSuperclass() {
        HttpResponse<String> response = http.get("/out-of-stock");

        assertEquals(409, response.statusCode());
        Problem problem = Http.problem(response);
        assertEquals("Only 3 left", problem.detail());
        assertEquals(3, problem.extensions().get("available"));
        assertEquals("/out-of-stock", problem.instance());
    }

    @Test
    void aMapperCanAnswerWithHeadersToo() {
        HttpResponse<String> response = http.get("/busy", "X-Request-Id", "busy-1");

        assertEquals(503, response.statusCode());
        assertEquals("7", response.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("eu", response.headers().firstValue("X-Busy-Region").orElseThrow());
        assertEquals("busy-1", response.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals("Busy; try again in 7 s", Http.problem(response).detail());
    }

    @Test
    void aMapperWhoseHeadersFailIsA500WithAnErrorId() {
        HttpResponse<String> response = http.get("/broken-headers");

        assertEquals(500, response.statusCode());
        assertNotNull(Http.problem(response).errorId());
        assertFalse(response.body().contains("exploded"), response.body());
    }

    @Test
    void anExceptionWithoutAMapperOfItsOwnGetsItsNearestSuperclasssMapper() {
        HttpResponse<String> response = http.get("/illegal-state");

        assertEquals(422, response.statusCode());
        assertEquals("general: plain state", Http.problem(response).detail());
    }

    @Test
    void aRuntimeExceptionMapperLeavesKilnsOwnAnswersAlone() {
        HttpResponse<String> notFound = http.get("/not-found");
        assertEquals(404, notFound.statusCode());
        assertEquals("No thing 7", Http.problem(notFound).detail());

        HttpResponse<String> badJson = http.get("/bad-json");
        assertEquals(400, badJson.statusCode());
        assertEquals(List.of(ProblemError.pointer("/lines/0", "expected an object but got a number")),
                Http.problem(badJson).errors());

        HttpResponse<String> helidon = http.get("/helidon");
        assertEquals(400, helidon.statusCode());
        assertEquals("Helidon says no", Http.problem(helidon).detail());

        HttpResponse<String> upstream = http.get("/upstream");
        assertEquals(503, upstream.statusCode(), upstream.body());
        Problem problem = Http.problem(upstream);
        assertTrue(problem.detail().startsWith("Service 'nowhere', which this request depends on, could not be reached;"),
                problem.detail());
        assertNotNull(problem.errorId());
    }

    @Test
    void aMapperThatThrowsIsA500WithALoggedErrorIdAndNoDetails() {
        HttpResponse<String> response = http.get("/broken-mapper");

        assertEquals(500, response.statusCode());
        Problem problem = Http.problem(response);
        String errorId = problem.errorId();
        assertNotNull(errorId);
        assertEquals(ErrorResponses.internalError(errorId).withInstance("/broken-mapper"), problem);
        assertFalse(response.body().contains("s3cr3t"), response.body());
        assertFalse(response.body().contains("at dev.kiln"), "no stack trace: " + response.body());
        LogRecord logged = loggedWith(errorId);
        assertEquals("the mapper exploded, secret s3cr3t", logged.getThrown().getMessage());
        assertEquals(BrokenMapperException.class, logged.getThrown().getSuppressed()[0].getClass(),
                "the exception the mapper was given is logged with its failure");
    }

    @Test
    void aMapperReturningNullOrASuccessStatusIsA500WithALoggedErrorId() {
        for (String path : List.of("/null-mapper", "/success-mapper")) {
            HttpResponse<String> response = http.get(path);

            assertEquals(500, response.statusCode(), path);
            String errorId = Http.problem(response).errorId();
            assertNotNull(errorId, path);
            String failure = loggedWith(errorId).getThrown().getMessage();
            assertTrue(failure.contains("it must return a problem with a 4xx or 5xx status"), failure);
        }
    }

    @Test
    void mappersForWhatKilnAnswersItselfAreRefused() {
        for (Class<? extends Throwable> kilnType : List.of(HttpException.class, NotFoundException.class,
                JsonDecodeException.class, io.helidon.http.NotFoundException.class)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErrorResponses.install(
                    HttpRouting.builder(), List.of(ExceptionMapper.of(kilnType, t -> Problem.of(400, "mine")))));
            assertTrue(e.getMessage().contains("maps " + kilnType.getName() + ", which Kiln answers itself"),
                    e.getMessage());
        }
    }

    @Test
    void twoMappersForOneTypeAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ErrorResponses.install(
                HttpRouting.builder(), List.of(
                        ExceptionMapper.of(IllegalStateException.class, t -> Problem.of(409, "one")),
                        ExceptionMapper.of(IllegalStateException.class, t -> Problem.of(400, "two")))));
        assertTrue(e.getMessage().startsWith("Two ExceptionMappers map java.lang.IllegalStateException"), e.getMessage());
    }

    private static LogRecord loggedWith(String errorId) {
        return LOGGED.stream()
                .filter(record -> record.getMessage().contains(errorId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing logged with error id " + errorId));
    }

    private static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
