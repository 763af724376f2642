package dev.kiln.runtime.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP error answer: a {@link Problem} (status, title, detail, type, instance, errors) and any headers
 * to send with it. There is one subclass per common status ({@link NotFoundException},
 * {@link TooManyRequestsException}, ...); the static factories here return them.
 *
 * <p><b>Thrown by a service</b> (or a filter, or a router), it ends the request: the server answers with its
 * status, headers and problem document. Such an exception carries no stack trace: it is an answer, not a
 * failure.
 *
 * <p><b>Thrown by a typed client</b>, it is what another service answered: the subclass for that status,
 * carrying the service's problem and {@link #service()} naming it. A service that could not be reached is a
 * {@link ServiceUnavailableException}, one too slow a {@link GatewayTimeoutException}, an answer that does not
 * fit a {@link BadGatewayException}. These have a stack trace and the transport failure as their cause. If one
 * escapes a service, the caller gets a gateway status (502, 503 or 504) naming that service, not the status
 * the other service answered; to pass that on, throw a new exception: {@code throw HttpException.of(e.problem())}.
 *
 * <pre>{@code
 * Order order = orders.get(id);
 * if (order == null) throw HttpException.notFound("No order " + id);
 * if (order.shipped()) throw HttpException.conflict("Order " + id + " has already shipped");
 * throw HttpException.tooManyRequests("Slow down").withHeader("Retry-After", "30");
 *
 * try {
 *     catalog.reserve(sku, quantity);
 * } catch (ConflictException e) {            // the catalog service answered 409
 *     e.problem().detail();                  // its detail
 *     e.service();                           // Optional[catalog]
 * }
 * }</pre>
 */
public class HttpException extends RuntimeException {
    private final Problem problem;
    private final String service;
    private List<Header> headers = List.of();

    /** A locally thrown answer with {@code problem}'s status. */
    public HttpException(Problem problem) {
        this(problem, null, null);
    }

    /**
     * @param problem the problem answered
     * @param service the service that answered with {@code problem}, when a typed client throws this; null when
     *                thrown locally (then there is no stack trace)
     * @param cause   the transport failure behind a client-side exception, or null
     */
    protected HttpException(Problem problem, String service, Throwable cause) {
        super(message(Objects.requireNonNull(problem, "problem"), service), cause, false, service != null);
        this.problem = problem;
        this.service = service;
    }

    private static String message(Problem problem, String service) {
        if (service == null) {
            return problem.detail();
        }
        return "Service '" + service + "': " + problem.status() + " " + problem.title()
                + (problem.detail() == null ? "" : ": " + problem.detail());
    }

    /** The problem document answered. */
    public Problem problem() {
        return problem;
    }

    /** The HTTP status. */
    public int status() {
        return problem.status();
    }

    /** The service that answered with this problem when a typed client threw it; empty when thrown locally. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    /**
     * The headers answered with the problem: those added with {@link #withHeader}, or, for a client-side
     * exception, those the service sent (other than framing headers such as {@code Content-Length}).
     */
    public List<Header> headers() {
        return Collections.unmodifiableList(headers);
    }

    /**
     * {@link #headers()} as text, for reading and printing: each name as it is usually written ({@code Retry-After})
     * with its value (several values of one name joined with {@code ", "}), in the order added.
     *
     * <pre>{@code
     * catch (TooManyRequestsException e) {
     *     e.headerValues();              // {Retry-After=12, RateLimit-Limit=100, RateLimit-Remaining=0, ...}
     *     e.header("retry-after");       // Optional[12]
     * }
     * }</pre>
     */
    public Map<String, String> headerValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Header header : headers) {
            values.merge(header.name(), header.values(), (a, b) -> a + ", " + b);
        }
        return Collections.unmodifiableMap(values);
    }

    /** The value of the header {@code name} (in any case) this problem is answered with, if any; see {@link #headerValues()}. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, String> entry : headerValues().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Adds a header to answer with ({@code Retry-After}, {@code WWW-Authenticate}, ...) and returns this
     * exception, for {@code throw HttpException.tooManyRequests(...).withHeader(...)}. A value with a line
     * break is refused. Meant for where the exception is made: it is not thread-safe.
     */
    public HttpException withHeader(HeaderName name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Header " + name.defaultCase() + " cannot contain a line break");
        }
        return withHeader(HeaderValues.create(name, value));
    }

    /** Adds a header by name; see {@link #withHeader(HeaderName, String)}. */
    public HttpException withHeader(String name, String value) {
        return withHeader(HeaderNames.create(Objects.requireNonNull(name, "name")), value);
    }

    /** Adds a header as is; see {@link #withHeader(HeaderName, String)}. */
    public HttpException withHeader(Header header) {
        Objects.requireNonNull(header, "header");
        if (headers.isEmpty()) {
            headers = new ArrayList<>(4);
        }
        headers.add(header);
        return this;
    }

    /**
     * The exception for {@code problem}, thrown locally: the subclass for its status
     * ({@code 404} → {@link NotFoundException}), or a plain {@code HttpException} for other statuses.
     */
    public static HttpException of(Problem problem) {
        return create(problem, null, null);
    }

    /** The exception for {@code status} with {@code detail} and that status's title; see {@link #of(Problem)}. */
    public static HttpException of(int status, String detail) {
        return of(Problem.of(status, detail));
    }

    /**
     * The exception a typed client throws for {@code service}'s answer: the subclass for the problem's
     * status, naming {@code service}, with a stack trace.
     *
     * @param cause the transport failure behind it (for 503 and 504), or null
     */
    public static HttpException fromService(String service, Problem problem, Throwable cause) {
        return create(problem, Objects.requireNonNull(service, "service"), cause);
    }

    private static HttpException create(Problem problem, String service, Throwable cause) {
        return switch (Objects.requireNonNull(problem, "problem").status()) {
            case 400 -> new BadRequestException(problem, service, cause);
            case 401 -> new UnauthorizedException(problem, service, cause);
            case 403 -> new ForbiddenException(problem, service, cause);
            case 404 -> new NotFoundException(problem, service, cause);
            case 405 -> new MethodNotAllowedException(problem, service, cause);
            case 409 -> new ConflictException(problem, service, cause);
            case 413 -> new PayloadTooLargeException(problem, service, cause);
            case 415 -> new UnsupportedMediaTypeException(problem, service, cause);
            case 422 -> new UnprocessableEntityException(problem, service, cause);
            case 429 -> new TooManyRequestsException(problem, service, cause);
            case 500 -> new InternalServerErrorException(problem, service, cause);
            case 502 -> new BadGatewayException(problem, service, cause);
            case 503 -> new ServiceUnavailableException(problem, service, cause);
            case 504 -> new GatewayTimeoutException(problem, service, cause);
            default -> new HttpException(problem, service, cause);
        };
    }

    /** 400, listing each faulty input. */
    public static BadRequestException badRequest(String detail, ProblemError... errors) {
        return new BadRequestException(detail, errors);
    }

    /** 401; see {@link UnauthorizedException} for the {@code WWW-Authenticate} header. */
    public static UnauthorizedException unauthorized(String detail) {
        return new UnauthorizedException(detail);
    }

    /** 403. */
    public static ForbiddenException forbidden(String detail) {
        return new ForbiddenException(detail);
    }

    /** 404. */
    public static NotFoundException notFound(String detail) {
        return new NotFoundException(detail);
    }

    /** 409. */
    public static ConflictException conflict(String detail) {
        return new ConflictException(detail);
    }

    /** 413. */
    public static PayloadTooLargeException payloadTooLarge(String detail) {
        return new PayloadTooLargeException(detail);
    }

    /** 415. */
    public static UnsupportedMediaTypeException unsupportedMediaType(String detail) {
        return new UnsupportedMediaTypeException(detail);
    }

    /** 422, listing each faulty input. */
    public static UnprocessableEntityException unprocessable(String detail, ProblemError... errors) {
        return new UnprocessableEntityException(detail, errors);
    }

    /** 429; add {@code Retry-After} with {@link #withHeader}. */
    public static TooManyRequestsException tooManyRequests(String detail) {
        return new TooManyRequestsException(detail);
    }

    /** 502. */
    public static BadGatewayException badGateway(String detail) {
        return new BadGatewayException(detail);
    }

    /** 503. */
    public static ServiceUnavailableException serviceUnavailable(String detail) {
        return new ServiceUnavailableException(detail);
    }

    /** 504. */
    public static GatewayTimeoutException gatewayTimeout(String detail) {
        return new GatewayTimeoutException(detail);
    }

    /** {@code problem}, checked to have {@code status}: a subclass answers only its own status. */
    static Problem requireStatus(int status, Problem problem) {
        Objects.requireNonNull(problem, "problem");
        if (problem.status() != status) {
            throw new IllegalArgumentException("This exception answers " + status + ", but the problem's status is "
                    + problem.status() + "; use HttpException.of(problem) to pick the exception by status");
        }
        return problem;
    }
}
