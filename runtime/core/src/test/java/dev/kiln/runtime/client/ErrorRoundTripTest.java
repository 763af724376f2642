package dev.kiln.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.http.BadGatewayException;
import dev.kiln.runtime.http.BadRequestException;
import dev.kiln.runtime.http.ConflictException;
import dev.kiln.runtime.http.ForbiddenException;
import dev.kiln.runtime.http.GatewayTimeoutException;
import dev.kiln.runtime.http.HttpException;
import dev.kiln.runtime.http.InternalServerErrorException;
import dev.kiln.runtime.http.KilnRouter;
import dev.kiln.runtime.http.KilnRoutes;
import dev.kiln.runtime.http.MethodNotAllowedException;
import dev.kiln.runtime.http.NotFoundException;
import dev.kiln.runtime.http.Param;
import dev.kiln.runtime.http.Params;
import dev.kiln.runtime.http.PayloadTooLargeException;
import dev.kiln.runtime.http.Problem;
import dev.kiln.runtime.http.ProblemError;
import dev.kiln.runtime.http.Responses;
import dev.kiln.runtime.http.ServiceUnavailableException;
import dev.kiln.runtime.http.TooManyRequestsException;
import dev.kiln.runtime.http.UnauthorizedException;
import dev.kiln.runtime.http.UnprocessableEntityException;
import dev.kiln.runtime.http.UnsupportedMediaTypeException;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.registry.RouteDescriptor;
import dev.kiln.runtime.registry.ServiceDescriptor;
import dev.kiln.runtime.testapp.Http;
import dev.kiln.runtime.testapp.OrderJsonCodec;
import dev.kiln.runtime.testapp.TestApps;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The error model end to end: what a route throws is what the typed client throws back, over real HTTP, for every
 * status of the {@link HttpException} family; headers added to the exception reach the client.
 */
class ErrorRoundTripTest {
    private static final Map<Integer, Class<? extends HttpException>> FAMILY = Map.ofEntries(
            Map.entry(400, BadRequestException.class),
            Map.entry(401, UnauthorizedException.class),
            Map.entry(403, ForbiddenException.class),
            Map.entry(404, NotFoundException.class),
            Map.entry(405, MethodNotAllowedException.class),
            Map.entry(409, ConflictException.class),
            Map.entry(413, PayloadTooLargeException.class),
            Map.entry(415, UnsupportedMediaTypeException.class),
            Map.entry(422, UnprocessableEntityException.class),
            Map.entry(429, TooManyRequestsException.class),
            Map.entry(500, InternalServerErrorException.class),
            Map.entry(502, BadGatewayException.class),
            Map.entry(503, ServiceUnavailableException.class),
            Map.entry(504, GatewayTimeoutException.class),
            // Outside the family: the base type.
            Map.entry(418, HttpException.class));

    private static KilnHandle app;
    private static KilnHttpClient client;
    private static Http http;

    /** {@code GET /fail/{status}} throws the full problem for that status; the others throw one factory each. */
    private static final class FailingRouter implements KilnRouter {
        private static final Param STATUS = Param.path("status");

        @Override
        public ServiceDescriptor descriptor() {
            return new ServiceDescriptor("failing", "test.Failing", List.of(
                    new RouteDescriptor("GET", "/fail/{status}"), new RouteDescriptor("GET", "/limited"),
                    new RouteDescriptor("GET", "/login"), new RouteDescriptor("GET", "/not-an-order")));
        }

        @Override
        public void routing(KilnRoutes routes) {
            routes.add("GET", "/fail/{status}", (req, res) -> {
                int status = Params.toInt(Params.path(req, STATUS), STATUS);
                throw HttpException.of(problem(status)).withHeader("X-Problem-Status", Integer.toString(status));
            });
            routes.add("GET", "/limited", (req, res) -> {
                throw HttpException.tooManyRequests("Slow down").withHeader(HeaderNames.RETRY_AFTER, "7");
            });
            routes.add("GET", "/login", (req, res) -> {
                throw HttpException.unauthorized("Who are you?")
                        .withHeader(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"test\"");
            });
            routes.add("GET", "/not-an-order", (req, res) -> Responses.text(res, 200, "[1, 2]"));
        }
    }

    /** Every member a problem can carry, standard and extension. */
    private static Problem problem(int status) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("attempt", 3);
        extensions.put("big", new BigInteger("123456789012345678901234567890"));
        extensions.put("ratio", 0.25);
        extensions.put("tags", List.of("a", "b"));
        extensions.put("nested", Map.of("ok", false));
        extensions.put("nothing", null);
        return new Problem("https://example.test/problems/" + status, "Custom title " + status, status,
                "Failed with " + status, null,
                List.of(ProblemError.pointer("/lines/0/quantity", "must be at least 1"),
                        ProblemError.parameter("status", "path", "chosen by the test")),
                null, extensions);
    }

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), List.of(), List.of(new FailingRouter()));
        client = KilnHttpClient.create("failing", app.uri());
        http = new Http(app.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyStatusComesBackAsItsOwnTypeWithTheWholeProblem() {
        for (Map.Entry<Integer, Class<? extends HttpException>> member : FAMILY.entrySet()) {
            int status = member.getKey();

            HttpException e = assertThrows(HttpException.class,
                    () -> client.call(Method.GET, "/fail/" + status).send().noContent());

            assertEquals(member.getValue(), e.getClass(), "status " + status);
            assertEquals(problem(status).withInstance("/fail/" + status), e.problem(), "status " + status);
            assertEquals(Optional.of("failing"), e.service());
            assertEquals(List.of(Integer.toString(status)), values(e, "X-Problem-Status"), "status " + status);
            assertEquals("Service 'failing': " + status + " Custom title " + status + ": Failed with " + status,
                    e.getMessage());
        }
    }

    @Test
    void theFactoriesAndOfPickTheSameTypesLocally() {
        FAMILY.forEach((status, type) -> {
            HttpException local = HttpException.of(status, "detail");
            assertEquals(type, local.getClass(), "status " + status);
            assertEquals(Optional.empty(), local.service());
            assertEquals(0, local.getStackTrace().length, "an answer, not a failure: no stack trace");
        });
        assertInstanceOf(BadRequestException.class, HttpException.badRequest("x", ProblemError.pointer("/a", "b")));
        assertInstanceOf(UnprocessableEntityException.class, HttpException.unprocessable("x"));
        assertInstanceOf(TooManyRequestsException.class, HttpException.tooManyRequests("x"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new NotFoundException(Problem.of(409, "not a 404")));
        assertTrue(wrong.getMessage().contains("answers 404, but the problem's status is 409"), wrong.getMessage());
    }

    @Test
    void extensionMembersAreJsonShapedAndNeverAStandardMember() {
        IllegalArgumentException reserved = assertThrows(IllegalArgumentException.class,
                () -> Problem.of(409, "x").withExtension("status", 200));
        assertTrue(reserved.getMessage().startsWith("'status' cannot be a problem extension member"),
                reserved.getMessage());
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> Problem.of(409, "x").withExtension("when", List.of(new Object())));
        assertTrue(notJson.getMessage().startsWith("Problem extension member 'when/0' holds a java.lang.Object"),
                notJson.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Problem.of(409, "x").withExtension("ratio", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> HttpException.notFound("x").withHeader("X-A", "1\r\nX-B: 2"));
    }

    @Test
    void headersOnTheExceptionAreSentWithTheProblem() {
        HttpResponse<String> limited = http.get("/limited");
        assertEquals(429, limited.statusCode());
        assertEquals(Optional.of("7"), limited.headers().firstValue("Retry-After"));
        assertEquals("Slow down", Http.problem(limited).detail());

        HttpResponse<String> login = http.get("/login");
        assertEquals(401, login.statusCode());
        assertEquals(Optional.of("Bearer realm=\"test\""), login.headers().firstValue("WWW-Authenticate"));

        TooManyRequestsException e = assertThrows(TooManyRequestsException.class,
                () -> client.call(Method.GET, "/limited").send().noContent());
        assertEquals(List.of("7"), values(e, "Retry-After"));
        assertTrue(values(e, "Content-Length").isEmpty(), "framing headers stay behind: " + e.headers());
    }

    @Test
    void aSuccessBodyThatDoesNotFitIsABadGatewayWithTheDecodeFailureAsCause() {
        BadGatewayException e = assertThrows(BadGatewayException.class,
                () -> client.call(Method.GET, "/not-an-order").send().json(200, OrderJsonCodec.INSTANCE));

        assertEquals(Optional.of("failing"), e.service());
        assertInstanceOf(JsonDecodeException.class, e.getCause());
        assertTrue(e.problem().detail().startsWith("Service 'failing' answered GET /not-an-order with 200 and a body"
                + " that does not fit: "), e.problem().detail());
        assertTrue(e.getStackTrace().length > 0, "a client-side failure has a stack trace to find the call by");
    }

    private static List<String> values(HttpException e, String name) {
        return e.headers().stream()
                .filter(header -> header.headerName().equals(HeaderNames.create(name)))
                .map(Header::get)
                .toList();
    }
}
